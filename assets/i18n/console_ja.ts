<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP">
<context>
    <name>Console</name>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="45" />
        <source>Kakunin head-office console</source>
        <translation>確認 本部コンソール</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="48" />
        <source>Skip to the content</source>
        <translation>本文へ移動</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="51" />
        <source>Kakunin</source>
        <translation>確認</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="52" />
        <source>Head-office console</source>
        <translation>本部コンソール</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="57" />
        <location filename="../../headoffice/console/pages.cpp" line="390" />
        <location filename="../../headoffice/console/pages.cpp" line="493" />
        <source>Call queue</source>
        <translation>確認コール一覧</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="60" />
        <source>Main menu</source>
        <translation>メインメニュー</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="71" />
        <source>Signed in as</source>
        <translation>ログイン中のユーザー</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="77" />
        <source>Sign out</source>
        <translation>ログアウト</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="169" />
        <location filename="../../headoffice/console/pages.cpp" line="407" />
        <source>Customer</source>
        <translation>お客様</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="170" />
        <location filename="../../headoffice/console/pages.cpp" line="408" />
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="171" />
        <location filename="../../headoffice/console/pages.cpp" line="409" />
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="172" />
        <location filename="../../headoffice/console/pages.cpp" line="411" />
        <source>Sales rep</source>
        <translation>営業担当</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="174" />
        <source>Installer</source>
        <translation>納品担当</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="176" />
        <source>Contracted</source>
        <translation>契約日時</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="177" />
        <source>Delivered</source>
        <translation>納品日時</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="178" />
        <source>Use confirmed</source>
        <translation>利用確認日時</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="182" />
        <source>Contract and customer</source>
        <translation>契約とお客様</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="188" />
        <source>Calls so far</source>
        <translation>これまでのコール</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="192" />
        <source>No call has been recorded for this contract yet.</source>
        <translation>この契約のコール記録はまだありません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="193" />
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="194" />
        <location filename="../../headoffice/console/pages.cpp" line="405" />
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="195" />
        <location filename="../../headoffice/console/pages.cpp" line="619" />
        <source>Caller</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="196" />
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="197" />
        <location filename="../../headoffice/console/pages.cpp" line="291" />
        <location filename="../../headoffice/console/pages.cpp" line="578" />
        <location filename="../../headoffice/console/pages.cpp" line="620" />
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="205" />
        <source>Refused by the rules</source>
        <translation>ルールにより受け付けられませんでした</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="208" />
        <location filename="../../headoffice/console/pages.cpp" line="412" />
        <source>Not reached</source>
        <translation>不通</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="211" />
        <source>Clean</source>
        <translation>問題なし</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="214" />
        <source>Problem: on hold</source>
        <translation>問題あり：保留</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="248" />
        <source>Confirmation staff</source>
        <translation>確認専門部署</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="250" />
        <source>Compliance admin</source>
        <translation>コンプライアンス管理者</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="252" />
        <source>Auditor</source>
        <translation>監査担当</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="260" />
        <source>C1: after the contract</source>
        <translation>C1：契約後の確認コール</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="262" />
        <source>C2: after the delivery</source>
        <translation>C2：納品後の確認コール</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="264" />
        <source>C3: before the start</source>
        <translation>C3：契約開始前の検収コール</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="271" />
        <source>Results were guaranteed or promised (S1)</source>
        <translation>成果の保証・約束があった（S1）</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="273" />
        <source>The visit was not conducted properly (S2)</source>
        <translation>訪問の仕方に問題があった（S2）</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="275" />
        <source>The lecture was not as required (D1, D2)</source>
        <translation>レクチャーが基準どおりではなかった（D1・D2）</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="277" />
        <source>The product has not been used (D3)</source>
        <translation>商品が利用されていない（D3）</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="284" />
        <location filename="../../headoffice/console/pages.cpp" line="406" />
        <source>Contract</source>
        <translation>契約</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="285" />
        <source>Call stage</source>
        <translation>コールの段階</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="286" />
        <source>Whether the customer was reached</source>
        <translation>お客様と話せたかどうか</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="287" />
        <source>Whether results were guaranteed</source>
        <translation>成果の保証があったかどうか</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="288" />
        <source>Whether the visit was conducted properly</source>
        <translation>訪問が適切だったかどうか</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="289" />
        <source>Whether the lecture was as required</source>
        <translation>レクチャーが基準どおりだったかどうか</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="290" />
        <source>Whether the product has been used</source>
        <translation>商品を利用したかどうか</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="292" />
        <location filename="../../headoffice/console/pages.cpp" line="638" />
        <source>Resolution</source>
        <translation>対応内容</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="306" />
        <source>Please fill in: %1.</source>
        <translation>「%1」を入力してください。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="308" />
        <source>This value is not accepted: %1.</source>
        <translation>「%1」の値が正しくありません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="310" />
        <source>%1 is too long: at most %2 characters.</source>
        <translation>「%1」が長すぎます。%2文字以内で入力してください。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="314" />
        <source>There is no contract “%1”.</source>
        <translation>契約「%1」は見つかりません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="316" />
        <source>Your role may not record head-office events. Nothing was changed.</source>
        <translation>この役割では本部の記録を登録できません。何も変更していません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="318" />
        <source>You are the sales rep of this contract. Confirmation calls are made by someone other than the sales rep (M2). Nothing was recorded: please ask a colleague to make this call.</source>
        <translation>あなたはこの契約の営業担当です。確認コールは営業担当以外の者が行います（M2）。記録は登録していません。ほかの担当者にコールを依頼してください。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="322" />
        <source>You are the installer of this contract. The C3 call is made by someone other than the installer (M2). Nothing was recorded: please ask a colleague to make this call.</source>
        <translation>あなたはこの契約の納品担当です。C3の検収コールは納品担当以外の者が行います（M2）。記録は登録していません。ほかの担当者にコールを依頼してください。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="326" />
        <source>This contract is not due for a %1 call now. Nothing was recorded.</source>
        <translation>この契約は現在、%1コールの対象ではありません。記録は登録していません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="329" />
        <source>This contract is on hold. A compliance admin must resolve the hold first. Nothing was recorded.</source>
        <translation>この契約は保留中です。先にコンプライアンス管理者が保留を解除する必要があります。記録は登録していません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="332" />
        <source>This contract is not on hold. Nothing was changed.</source>
        <translation>この契約は保留中ではありません。何も変更していません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="334" />
        <source>This contract is disputed: no call is made while the dispute is open. Nothing was recorded.</source>
        <translation>この契約は紛争中のため、紛争が解決するまでコールは行いません。記録は登録していません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="337" />
        <source>This contract has ended. Nothing was recorded.</source>
        <translation>この契約はすでに終了しています。記録は登録していません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="339" />
        <source>The rules refused this (%1). Nothing was changed.</source>
        <translation>ルールにより受け付けられませんでした（%1）。何も変更していません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="350" />
        <source>%1 d %2 h</source>
        <translation>%1日%2時間</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="352" />
        <source>%1 h %2 min</source>
        <translation>%1時間%2分</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="353" />
        <source>%1 min</source>
        <translation>%1分</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="360" />
        <location filename="../../headoffice/console/pages.cpp" line="381" />
        <location filename="../../headoffice/console/pages.cpp" line="382" />
        <location filename="../../headoffice/console/pages.cpp" line="662" />
        <source>Sign in</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="362" />
        <source>For head-office confirmation staff, compliance admins and auditors. Sales reps and installers work on their tablets.</source>
        <translation>本部の確認専門部署・コンプライアンス管理者・監査担当の方専用です。営業担当・納品担当の方はタブレットをご利用ください。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="374" />
        <source>User ID</source>
        <translation>ユーザーID</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="378" />
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="392" />
        <source>Confirmation calls due now (M2), oldest first: C1 after the contract, C2 after the delivery, C3 before the start. Calls are made by someone other than the sales rep, and C3 by someone other than the installer.</source>
        <translation>現在対象となっている確認コール（M2）を、待ち時間の長い順に表示しています。C1は契約後、C2は納品後、C3は契約開始前に行います。コールは営業担当以外の者が、C3は納品担当以外の者が行います。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="400" />
        <source>You are signed in as an auditor: you can read everything and change nothing.</source>
        <translation>監査担当としてログインしています。すべて閲覧できますが、変更はできません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="410" />
        <source>Waiting</source>
        <translation>待ち時間</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="413" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="416" />
        <source>Calls due</source>
        <translation>対象のコール</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="420" />
        <source>No call is due now.</source>
        <translation>現在、対象のコールはありません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="436" />
        <source>Call</source>
        <translation>コールする</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="437" />
        <location filename="../../headoffice/console/pages.cpp" line="478" />
        <source>View</source>
        <translation>表示</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="444" />
        <source>since %1</source>
        <translation>%1から</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="453" />
        <source>Found by</source>
        <translation>発見したコール</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="454" />
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="455" />
        <source>On hold since</source>
        <translation>保留開始</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="458" />
        <source>On hold</source>
        <translation>保留中</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="461" />
        <source>A call that finds a problem stops the contract until a compliance admin resolves the hold; then the contract comes back to the queue.</source>
        <translation>コールで問題が見つかった契約は、コンプライアンス管理者が保留を解除するまで止まります。解除後は確認コール一覧に戻ります。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="466" />
        <source>No contract is on hold.</source>
        <translation>保留中の契約はありません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="477" />
        <source>Resolve</source>
        <translation>解除する</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="499" />
        <source>%1 call</source>
        <translation>%1コール</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="502" />
        <location filename="../../headoffice/console/pages.cpp" line="606" />
        <location filename="../../headoffice/console/pages.cpp" line="661" />
        <source>Back to the call queue</source>
        <translation>確認コール一覧へ戻る</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="510" />
        <source>This contract is on hold: no call can be recorded until the hold is resolved.</source>
        <translation>この契約は保留中です。保留が解除されるまでコールは記録できません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="515" />
        <source>This contract is not due for a %1 call now.</source>
        <translation>この契約は現在、%1コールの対象ではありません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="521" />
        <source>Call script</source>
        <translation>トークスクリプト</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="523" />
        <source>Read each question to the customer as written, then record the answers below.</source>
        <translation>各質問を記載どおりにお客様へお読みし、下の欄に回答を記録してください。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="528" />
        <source>No content pack with a script for this product was found.</source>
        <translation>この商品のトークスクリプトを含むコンテンツパックが見つかりません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="539" />
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="540" />
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="543" />
        <source>Answers</source>
        <translation>回答</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="547" />
        <source>Did you reach the customer?</source>
        <translation>お客様と話せましたか。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="548" />
        <source>Yes, I spoke with the customer</source>
        <translation>はい、お客様と話しました</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="549" />
        <source>No answer: the call stays in the queue</source>
        <translation>不通：一覧に残して後でかけ直します</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="551" />
        <source>When the customer was not reached, only the attempt and the note are recorded.</source>
        <translation>お客様と話せなかった場合は、コールしたこととメモのみを記録します。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="555" />
        <source>Did anyone guarantee or promise results, such as more customers or sales? (S1)</source>
        <translation>集客や売上など、成果を保証・約束する説明がありましたか。（S1）</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="561" />
        <source>Was the visit conducted properly: by appointment, not overlong, without pressure? (S2)</source>
        <translation>訪問は適切でしたか。事前の約束があり、長時間居座らず、契約を迫ることはありませんでしたか。（S2）</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="567" />
        <source>Was the lecture given on site, long enough and item by item? (D1, D2)</source>
        <translation>レクチャーは現地で、十分な時間をかけ、項目ごとに行われましたか。（D1・D2）</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="573" />
        <source>Has the customer actually used the product? (D3)</source>
        <translation>お客様は実際に商品を利用されましたか。（D3）</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="581" />
        <source>What the customer said, in a few words. At most %1 characters.</source>
        <translation>お客様のお話を簡潔に記入してください。%1文字以内です。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="586" />
        <source>Head office's rules decide from the answers whether the call is clean; any problem puts the contract on hold.</source>
        <translation>回答をもとに本部のルールが問題の有無を判定します。問題があれば契約は保留になります。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="590" />
        <source>Record the call</source>
        <translation>コールを記録する</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="593" />
        <source>Your role can read this page but not record calls.</source>
        <translation>この役割ではこのページを閲覧できますが、コールは記録できません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="603" />
        <source>Hold</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="611" />
        <source>This contract is not on hold.</source>
        <translation>この契約は保留中ではありません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="615" />
        <source>On hold since %1: the %2 call found</source>
        <translation>%1から保留中：%2コールで見つかった問題</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="623" />
        <source>Holds on this contract</source>
        <translation>この契約の保留回数</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="632" />
        <location filename="../../headoffice/console/pages.cpp" line="645" />
        <source>Resolve the hold</source>
        <translation>保留を解除する</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="641" />
        <source>What was found out and what was done. The contract then goes back to the call queue for the same call.</source>
        <translation>確認した事実と行った対応を記入してください。解除すると、契約は同じ段階のコール対象として一覧に戻ります。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="648" />
        <source>Only a compliance admin can resolve a hold.</source>
        <translation>保留を解除できるのはコンプライアンス管理者のみです。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="211" />
        <source>Service unavailable</source>
        <translation>ただいま利用できません</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="212" />
        <source>The database cannot be reached. Nothing was changed. Please try again in a moment.</source>
        <translation>データベースに接続できません。何も変更していません。しばらくしてから再度お試しください。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="216" />
        <source>Internal error</source>
        <translation>内部エラー</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="217" />
        <source>Something went wrong on head office's side.</source>
        <translation>本部サーバーで問題が発生しました。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="240" />
        <source>Form too large</source>
        <translation>入力内容が大きすぎます</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="241" />
        <source>The form is too large. Nothing was changed.</source>
        <translation>入力内容が大きすぎます。何も変更していません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="244" />
        <source>Unsupported form</source>
        <translation>読み取れない送信内容</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="245" />
        <location filename="../../headoffice/console/routes.cpp" line="249" />
        <source>This form cannot be read. Nothing was changed.</source>
        <translation>送信内容を読み取れません。何も変更していません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="248" />
        <location filename="../../headoffice/console/routes.cpp" line="431" />
        <location filename="../../headoffice/console/routes.cpp" line="467" />
        <location filename="../../headoffice/console/routes.cpp" line="496" />
        <location filename="../../headoffice/console/routes.cpp" line="528" />
        <source>Bad request</source>
        <translation>リクエストが正しくありません</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="257" />
        <source>Not allowed</source>
        <translation>権限がありません</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="258" />
        <source>Your role (%1) may not do this. Nothing was changed.</source>
        <translation>この役割（%1）ではこの操作はできません。何も変更していません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="296" />
        <source>Form expired</source>
        <translation>フォームの有効期限切れ</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="297" />
        <source>This form has expired or was not sent from this console. Nothing was changed. Please go back, reload the page and try again.</source>
        <translation>このフォームは有効期限が切れているか、このコンソールから送信されたものではありません。何も変更していません。前のページに戻り、再読み込みしてからもう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="308" />
        <source>Not found</source>
        <translation>ページが見つかりません</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="309" />
        <source>This page does not exist.</source>
        <translation>このページは存在しません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="354" />
        <source>You have signed out.</source>
        <translation>ログアウトしました。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="371" />
        <source>Sign-in failed. Check your user ID and password. After %1 failed attempts in a row, sign-in is locked for %2 minutes.</source>
        <translation>ログインできませんでした。ユーザーIDとパスワードをご確認ください。%1回続けて失敗すると、%2分間ログインできなくなります。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="401" />
        <source>The hold on %1 is resolved. The contract is back in the call queue.</source>
        <translation>%1の保留を解除しました。契約は確認コール一覧に戻りました。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="406" />
        <source>The call was recorded. It found a problem: contract %1 is on hold until a compliance admin resolves it.</source>
        <translation>コールを記録しました。問題が見つかったため、契約%1はコンプライアンス管理者が解除するまで保留になります。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="412" />
        <source>The call was recorded. The customer of %1 was not reached: the call stays in the queue.</source>
        <translation>コールを記録しました。%1のお客様とは話せなかったため、一覧に残しています。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="418" />
        <source>The call was recorded. Contract %1 passed the %2 call.</source>
        <translation>コールを記録しました。契約%1は%2コールを問題なく通過しました。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="432" />
        <source>No contract was given. Nothing was changed.</source>
        <translation>契約が指定されていません。何も変更していません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="438" />
        <source>Unknown contract</source>
        <translation>不明な契約</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="468" />
        <source>Give the call stage: C1, C2 or C3.</source>
        <translation>コールの段階（C1・C2・C3）を指定してください。</translation>
    </message>
</context>
</TS>