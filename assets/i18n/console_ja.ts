<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP">
<context>
    <name>Console</name>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="46" />
        <source>Kakunin head-office console</source>
        <translation>確認 本部コンソール</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="49" />
        <source>Skip to the content</source>
        <translation>本文へ移動</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="52" />
        <source>Kakunin</source>
        <translation>確認</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="53" />
        <source>Head-office console</source>
        <translation>本部コンソール</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="57" />
        <location filename="../../headoffice/console/pages.cpp" line="423" />
        <location filename="../../headoffice/console/pages.cpp" line="526" />
        <source>Call queue</source>
        <translation>確認コール一覧</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="58" />
        <location filename="../../headoffice/console/pages.cpp" line="854" />
        <location filename="../../headoffice/console/pages.cpp" line="906" />
        <source>Contracts</source>
        <translation>契約一覧</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="59" />
        <location filename="../../headoffice/console/pages.cpp" line="1242" />
        <location filename="../../headoffice/console/pages.cpp" line="1264" />
        <location filename="../../headoffice/console/pages.cpp" line="1293" />
        <source>Alerts</source>
        <translation>アラート</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="60" />
        <location filename="../../headoffice/console/pages.cpp" line="1346" />
        <location filename="../../headoffice/console/pages.cpp" line="1451" />
        <source>Devices and users</source>
        <translation>端末とユーザー</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="61" />
        <location filename="../../headoffice/console/pages.cpp" line="1570" />
        <source>Policies and content</source>
        <translation>ポリシーとコンテンツ</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="62" />
        <location filename="../../headoffice/console/pages.cpp" line="308" />
        <location filename="../../headoffice/console/pages.cpp" line="1674" />
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="65" />
        <source>Main menu</source>
        <translation>メインメニュー</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="76" />
        <source>Signed in as</source>
        <translation>ログイン中のユーザー</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="83" />
        <source>Sign out</source>
        <translation>ログアウト</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="175" />
        <location filename="../../headoffice/console/pages.cpp" line="440" />
        <location filename="../../headoffice/console/pages.cpp" line="881" />
        <source>Customer</source>
        <translation>お客様</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="176" />
        <location filename="../../headoffice/console/pages.cpp" line="441" />
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="177" />
        <location filename="../../headoffice/console/pages.cpp" line="442" />
        <location filename="../../headoffice/console/pages.cpp" line="882" />
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="178" />
        <location filename="../../headoffice/console/pages.cpp" line="444" />
        <location filename="../../headoffice/console/pages.cpp" line="885" />
        <location filename="../../headoffice/console/pages.cpp" line="1257" />
        <location filename="../../headoffice/console/pages.cpp" line="1301" />
        <source>Sales rep</source>
        <translation>営業担当</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="180" />
        <location filename="../../headoffice/console/pages.cpp" line="886" />
        <location filename="../../headoffice/console/pages.cpp" line="1302" />
        <source>Installer</source>
        <translation>納品担当</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="182" />
        <location filename="../../headoffice/console/pages.cpp" line="884" />
        <source>Contracted</source>
        <translation>契約日時</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="183" />
        <source>Delivered</source>
        <translation>納品日時</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="184" />
        <source>Use confirmed</source>
        <translation>利用確認日時</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="188" />
        <source>Contract and customer</source>
        <translation>契約とお客様</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="194" />
        <source>Calls so far</source>
        <translation>これまでのコール</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="198" />
        <source>No call has been recorded for this contract yet.</source>
        <translation>この契約のコール記録はまだありません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="199" />
        <location filename="../../headoffice/console/pages.cpp" line="993" />
        <location filename="../../headoffice/console/pages.cpp" line="1252" />
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="200" />
        <location filename="../../headoffice/console/pages.cpp" line="438" />
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="201" />
        <location filename="../../headoffice/console/pages.cpp" line="652" />
        <source>Caller</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="202" />
        <location filename="../../headoffice/console/pages.cpp" line="1079" />
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="203" />
        <location filename="../../headoffice/console/pages.cpp" line="297" />
        <location filename="../../headoffice/console/pages.cpp" line="611" />
        <location filename="../../headoffice/console/pages.cpp" line="653" />
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="211" />
        <location filename="../../headoffice/console/pages.cpp" line="1054" />
        <location filename="../../headoffice/console/pages.cpp" line="1131" />
        <source>Refused by the rules</source>
        <translation>ルールにより受け付けられませんでした</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="214" />
        <location filename="../../headoffice/console/pages.cpp" line="445" />
        <source>Not reached</source>
        <translation>不通</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="217" />
        <source>Clean</source>
        <translation>問題なし</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="220" />
        <source>Problem: on hold</source>
        <translation>問題あり：保留</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="254" />
        <location filename="../../headoffice/console/pages.cpp" line="1304" />
        <source>Confirmation staff</source>
        <translation>確認専門部署</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="256" />
        <location filename="../../headoffice/console/pages.cpp" line="1305" />
        <source>Compliance admin</source>
        <translation>コンプライアンス管理者</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="258" />
        <location filename="../../headoffice/console/pages.cpp" line="1306" />
        <source>Auditor</source>
        <translation>監査担当</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="266" />
        <source>C1: after the contract</source>
        <translation>C1：契約後の確認コール</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="268" />
        <source>C2: after the delivery</source>
        <translation>C2：納品後の確認コール</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="270" />
        <source>C3: before the start</source>
        <translation>C3：契約開始前の検収コール</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="277" />
        <source>Results were guaranteed or promised (S1)</source>
        <translation>成果の保証・約束があった（S1）</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="279" />
        <source>The visit was not conducted properly (S2)</source>
        <translation>訪問の仕方に問題があった（S2）</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="281" />
        <source>The lecture was not as required (D1, D2)</source>
        <translation>レクチャーが基準どおりではなかった（D1・D2）</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="283" />
        <source>The product has not been used (D3)</source>
        <translation>商品が利用されていない（D3）</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="290" />
        <location filename="../../headoffice/console/pages.cpp" line="439" />
        <location filename="../../headoffice/console/pages.cpp" line="880" />
        <source>Contract</source>
        <translation>契約</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="291" />
        <source>Call stage</source>
        <translation>コールの段階</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="292" />
        <source>Whether the customer was reached</source>
        <translation>お客様と話せたかどうか</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="293" />
        <source>Whether results were guaranteed</source>
        <translation>成果の保証があったかどうか</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="294" />
        <source>Whether the visit was conducted properly</source>
        <translation>訪問が適切だったかどうか</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="295" />
        <source>Whether the lecture was as required</source>
        <translation>レクチャーが基準どおりだったかどうか</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="296" />
        <source>Whether the product has been used</source>
        <translation>商品を利用したかどうか</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="298" />
        <location filename="../../headoffice/console/pages.cpp" line="671" />
        <source>Resolution</source>
        <translation>対応内容</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="299" />
        <location filename="../../headoffice/console/pages.cpp" line="866" />
        <location filename="../../headoffice/console/pages.cpp" line="883" />
        <location filename="../../headoffice/console/pages.cpp" line="1363" />
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="300" />
        <location filename="../../headoffice/console/pages.cpp" line="1078" />
        <source>Device</source>
        <translation>端末</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="303" />
        <location filename="../../headoffice/console/pages.cpp" line="1407" />
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="304" />
        <location filename="../../headoffice/console/pages.cpp" line="1406" />
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="305" />
        <location filename="../../headoffice/console/pages.cpp" line="977" />
        <location filename="../../headoffice/console/pages.cpp" line="1623" />
        <source>Content pack</source>
        <translation>コンテンツパック</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="306" />
        <location filename="../../headoffice/console/pages.cpp" line="1690" />
        <source>From</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="307" />
        <source>To</source>
        <translation>終了日</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="322" />
        <source>Please fill in: %1.</source>
        <translation>「%1」を入力してください。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="324" />
        <source>This value is not accepted: %1.</source>
        <translation>「%1」の値が正しくありません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="326" />
        <source>%1 is too long: at most %2 characters.</source>
        <translation>「%1」が長すぎます。%2文字以内で入力してください。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="330" />
        <source>There is no contract “%1”.</source>
        <translation>契約「%1」は見つかりません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="332" />
        <source>Your role may not record head-office events. Nothing was changed.</source>
        <translation>この役割では本部の記録を登録できません。何も変更していません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="334" />
        <source>You are the sales rep of this contract. Confirmation calls are made by someone other than the sales rep (M2). Nothing was recorded: please ask a colleague to make this call.</source>
        <translation>あなたはこの契約の営業担当です。確認コールは営業担当以外の者が行います（M2）。記録は登録していません。ほかの担当者にコールを依頼してください。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="338" />
        <source>You are the installer of this contract. The C3 call is made by someone other than the installer (M2). Nothing was recorded: please ask a colleague to make this call.</source>
        <translation>あなたはこの契約の納品担当です。C3の検収コールは納品担当以外の者が行います（M2）。記録は登録していません。ほかの担当者にコールを依頼してください。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="342" />
        <source>This contract is not due for a %1 call now. Nothing was recorded.</source>
        <translation>この契約は現在、%1コールの対象ではありません。記録は登録していません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="345" />
        <source>This contract is on hold. A compliance admin must resolve the hold first. Nothing was recorded.</source>
        <translation>この契約は保留中です。先にコンプライアンス管理者が保留を解除する必要があります。記録は登録していません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="348" />
        <source>This contract is not on hold. Nothing was changed.</source>
        <translation>この契約は保留中ではありません。何も変更していません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="350" />
        <source>This contract is disputed: no call is made while the dispute is open. Nothing was recorded.</source>
        <translation>この契約は紛争中のため、紛争が解決するまでコールは行いません。記録は登録していません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="353" />
        <source>This contract has ended. Nothing was recorded.</source>
        <translation>この契約はすでに終了しています。記録は登録していません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="355" />
        <source>The rules refused this (%1). Nothing was changed.</source>
        <translation>ルールにより受け付けられませんでした（%1）。何も変更していません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="357" />
        <source>There is no user “%1”. Nothing was changed.</source>
        <translation>ユーザー「%1」は見つかりません。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="359" />
        <source>There is no tablet “%1”. Nothing was changed.</source>
        <translation>タブレット「%1」は見つかりません。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="361" />
        <source>A user with the ID “%1” already exists. Nothing was changed.</source>
        <translation>ユーザーID「%1」はすでに登録されています。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="364" />
        <source>Enrollment codes are for sales reps and installers only: head-office staff work in the console. Nothing was issued.</source>
        <translation>登録コードは営業担当と納品担当にのみ発行できます。本部の担当者はコンソールで作業します。発行されていません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="368" />
        <source>This user is disabled. Nothing was issued.</source>
        <translation>このユーザーは無効になっています。発行されていません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="370" />
        <source>The contract may not start: %1 Nothing was changed.</source>
        <translation>この契約はまだ開始できません：%1 何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="382" />
        <source>%1 d %2 h</source>
        <translation>%1日%2時間</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="384" />
        <source>%1 h %2 min</source>
        <translation>%1時間%2分</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="385" />
        <source>%1 min</source>
        <translation>%1分</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="392" />
        <location filename="../../headoffice/console/pages.cpp" line="414" />
        <location filename="../../headoffice/console/pages.cpp" line="415" />
        <location filename="../../headoffice/console/pages.cpp" line="695" />
        <source>Sign in</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="394" />
        <source>For head-office confirmation staff, compliance admins and auditors. Sales reps and installers work on their tablets.</source>
        <translation>本部の確認専門部署・コンプライアンス管理者・監査担当の方専用です。営業担当・納品担当の方はタブレットをご利用ください。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="714" />
        <source>Not opened</source>
        <translation>未開始</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="715" />
        <source>Explaining important matters</source>
        <translation>重要事項説明中</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="716" />
        <source>Contracted: C1 call due</source>
        <translation>契約済み：C1コール待ち</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="717" />
        <source>C1 cleared: awaiting delivery</source>
        <translation>C1完了：納品待ち</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="718" />
        <source>Delivered: C2 call due</source>
        <translation>納品済み：C2コール待ち</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="719" />
        <source>C2 cleared: trial not started</source>
        <translation>C2完了：お試し期間開始前</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="720" />
        <source>In trial</source>
        <translation>お試し期間中</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="721" />
        <source>Use confirmed: C3 call due</source>
        <translation>利用確認済み：C3コール待ち</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="722" />
        <source>C3 cleared: ready to start</source>
        <translation>C3完了：開始可能</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="723" />
        <source>Started</source>
        <translation>開始済み</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="724" />
        <source>Started: in follow-up</source>
        <translation>開始済み：フォロー中</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="726" />
        <source>Disputed</source>
        <translation>苦情対応中</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="727" />
        <source>Cancelled</source>
        <translation>解約済み</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="728" />
        <source>Credit contract cancelled</source>
        <translation>立替払い契約取消済み</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="740" />
        <source>The trial period runs until %1; the customer confirms use after it (D3).</source>
        <translation>お試し期間は%1までです。お客様の利用確認はその後に行います（D3）。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="744" />
        <source>The contract is on hold: a compliance admin must resolve the hold first (M2).</source>
        <translation>この契約は保留中です。先にコンプライアンス管理者が保留を解除する必要があります（M2）。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="746" />
        <source>The customer has an open dispute (P6).</source>
        <translation>お客様の苦情が対応中です（P6）。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="747" />
        <source>The contract has ended (cancelled).</source>
        <translation>この契約は終了しています（解約済み）。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="748" />
        <source>A start condition does not hold on the recorded facts.</source>
        <translation>記録された事実では開始条件を満たしていません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="749" />
        <source>The important-matters walkthrough is not finished (S3).</source>
        <translation>重要事項の説明が完了していません（S3）。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="751" />
        <source>The sales rep has not attested that nothing was guaranteed (S1).</source>
        <translation>営業担当が「効果を保証していない」ことを確認していません（S1）。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="753" />
        <source>The important-matters walkthrough is not signed yet (S3).</source>
        <translation>重要事項説明書への署名がまだありません（S3）。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="754" />
        <source>The contract has not been concluded yet (S3).</source>
        <translation>契約はまだ締結されていません（S3）。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="755" />
        <source>The C1 confirmation call has not been cleared (M2).</source>
        <translation>C1確認コールが完了していません（M2）。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="757" />
        <source>The delivery and its on-site lecture have not been signed off (D1, D2).</source>
        <translation>納品と現地レクチャーの完了確認がまだありません（D1、D2）。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="758" />
        <source>The C2 confirmation call has not been cleared (M2).</source>
        <translation>C2確認コールが完了していません（M2）。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="759" />
        <source>The trial period has not started (D3).</source>
        <translation>お試し期間がまだ始まっていません（D3）。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="760" />
        <source>The trial period is still running (D3).</source>
        <translation>お試し期間がまだ終わっていません（D3）。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="762" />
        <source>The customer has not yet confirmed using the product (D3).</source>
        <translation>お客様による利用確認がまだありません（D3）。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="763" />
        <source>The C3 confirmation call has not been cleared (M2).</source>
        <translation>C3確認コールが完了していません（M2）。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="764" />
        <source>The contract has already started.</source>
        <translation>この契約はすでに開始しています。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="769" />
        <source>The rules do not allow the start (%1).</source>
        <translation>ルール上、開始できません（%1）。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="803" />
        <source>Chain</source>
        <translation>チェーン</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="805" />
        <source>Device signature</source>
        <translation>端末署名</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="807" />
        <source>Content hash</source>
        <translation>内容ハッシュ</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="809" />
        <source>Signed content</source>
        <translation>署名対象の内容</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="811" />
        <source>Signature strokes</source>
        <translation>署名の筆跡</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="813" />
        <source>Attachments</source>
        <translation>添付データ</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="815" />
        <source>Receipt time</source>
        <translation>受信時刻</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="823" />
        <source>Customer (delivery sign-off)</source>
        <translation>お客様（納品確認）</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="825" />
        <source>Customer (cancellation)</source>
        <translation>お客様（解約）</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="827" />
        <source>Successor (important matters)</source>
        <translation>後継者（重要事項説明）</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="829" />
        <source>Sales rep (important matters)</source>
        <translation>営業担当（重要事項説明）</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="830" />
        <source>Customer (important matters)</source>
        <translation>お客様（重要事項説明）</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="856" />
        <source>Every contract head office holds, newest conclusion first. Open one for its timeline, evidence and start decision.</source>
        <translation>本部が保持するすべての契約を、締結日の新しい順に表示します。契約を開くと、経緯、証跡の検証、開始判断を確認できます。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="869" />
        <source>All states</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="876" />
        <source>Contract or customer (ID or name)</source>
        <translation>契約・お客様（IDまたは名前）</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="878" />
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="888" />
        <source>%1 contracts</source>
        <translation>%1件の契約</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="891" />
        <source>No contract matches.</source>
        <translation>該当する契約はありません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="914" />
        <source>Contract %1</source>
        <translation>契約 %1</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="918" />
        <source>Back to the contracts</source>
        <translation>契約一覧に戻る</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="926" />
        <source>Start decision</source>
        <translation>開始判断</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="929" />
        <source>Every condition holds: the customer confirmed use after the trial (D3) and all three confirmation calls are clean (M2).</source>
        <translation>すべての条件を満たしています。お試し期間後にお客様が利用を確認し（D3）、3回の確認コールすべてに問題はありません（M2）。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="939" />
        <source>Started on %1.</source>
        <translation>%1に開始しました。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="947" />
        <source>Start the contract</source>
        <translation>契約を開始する</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="950" />
        <source>Only a compliance admin can start a contract.</source>
        <translation>契約を開始できるのはコンプライアンス管理者のみです。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="965" />
        <source>Walkthrough copy (PDF)</source>
        <translation>重要事項説明書 控え（PDF）</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="969" />
        <source>Delivery copy (PDF)</source>
        <translation>納品確認書 控え（PDF）</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="976" />
        <source>Customer ID</source>
        <translation>お客様ID</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="978" />
        <source>Cooling-off until</source>
        <translation>クーリングオフ期限</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="979" />
        <source>Lecture</source>
        <translation>レクチャー</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="980" />
        <source>%1 of at least %2 min</source>
        <translation>%1（最低%2分）</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="983" />
        <source>Trial started</source>
        <translation>お試し開始日時</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="984" />
        <source>Started at</source>
        <translation>開始日時</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="986" />
        <source>Events refused by the rules</source>
        <translation>ルールにより受け付けられなかった記録</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="990" />
        <source>Terms and progress</source>
        <translation>契約条件と進捗</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="994" />
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="995" />
        <source>Important matters (S3)</source>
        <translation>重要事項説明（S3）</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="998" />
        <source>No item recorded.</source>
        <translation>記録された項目はありません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1000" />
        <source>Shown</source>
        <translation>表示日時</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1001" />
        <source>Confirmed</source>
        <translation>確認日時</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1015" />
        <source>Delivery lecture (D1, D2)</source>
        <translation>納品時レクチャー（D1、D2）</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1018" />
        <source>The lecture has not started.</source>
        <translation>レクチャーはまだ始まっていません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1020" />
        <source>Taught</source>
        <translation>説明日時</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1021" />
        <source>Understood</source>
        <translation>理解確認日時</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1034" />
        <source>Signatures</source>
        <translation>署名</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1037" />
        <source>No signature recorded.</source>
        <translation>記録された署名はありません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1046" />
        <source>The strokes cannot be drawn:</source>
        <translation>筆跡を表示できません：</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1063" />
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1064" />
        <source>Failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1065" />
        <source>Evidence check</source>
        <translation>証跡の検証</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1070" />
        <source>Every stored event and device chain of this contract passed: chain, device signature, content hash, signed content, strokes, attachments and receipt time.</source>
        <translation>この契約のすべての記録と端末チェーンが検証に合格しました（チェーン、端末署名、内容ハッシュ、署名対象の内容、筆跡、添付データ、受信時刻）。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1073" />
        <source>%1 of %2 events failed a check.</source>
        <translation>%2件中%1件の記録が検証に不合格でした。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1077" />
        <location filename="../../headoffice/console/pages.cpp" line="1114" />
        <source>Event</source>
        <translation>記録</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1080" />
        <source>Checks</source>
        <translation>検証項目</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1105" />
        <source>The chain of device %1 failed its check (%2, seq %3).</source>
        <translation>端末%1のチェーンが検証に不合格でした（%2、連番%3）。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1112" />
        <source>Timeline</source>
        <translation>経緯</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1115" />
        <location filename="../../headoffice/console/pages.cpp" line="1626" />
        <source>By</source>
        <translation>記録者</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1116" />
        <source>Received</source>
        <translation>受信日時</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1117" />
        <source>Rules</source>
        <translation>ルール判定</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1123" />
        <source>(head office)</source>
        <translation>（本部）</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1129" />
        <source>Accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1153" />
        <source>Visit outside the allowed hours</source>
        <translation>許可時間外の訪問</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1155" />
        <source>Visit over the maximum length</source>
        <translation>上限時間を超えた訪問</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1157" />
        <source>Visit without a proper appointment</source>
        <translation>適切なアポイントのない訪問</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1159" />
        <source>Screening retried after a refusal</source>
        <translation>不可判定後の再審査</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1161" />
        <source>Lecture close to the minimum</source>
        <translation>最低時間に近いレクチャー</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1163" />
        <source>Cancelled in the cooling-off period</source>
        <translation>クーリングオフ期間内の解約</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1165" />
        <source>Use has lapsed</source>
        <translation>利用が途絶えています</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1167" />
        <source>Dispute open past its period</source>
        <translation>期間を過ぎた苦情対応</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1169" />
        <source>Event refused by the rules</source>
        <translation>ルールにより受け付けられなかった記録</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1171" />
        <source>Device clock off</source>
        <translation>端末の時計のずれ</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1183" />
        <source>reason: the customer asked for this time</source>
        <translation>理由：お客様のご希望の時間</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1185" />
        <source>reason: the customer's business hours</source>
        <translation>理由：お客様の営業時間</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1187" />
        <source>the visit ran past the allowed hours</source>
        <translation>訪問が許可時間を超えました</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1189" />
        <source>no reason recorded</source>
        <translation>理由の記録なし</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1190" />
        <source>Visit %1–%2, allowed %3–%4 (%5).</source>
        <translation>訪問 %1～%2、許可時間 %3～%4（%5）。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1195" />
        <source>%1 min; the maximum is %2 min.</source>
        <translation>%1分（上限%2分）。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1200" />
        <source>The appointment was for another day.</source>
        <translation>アポイントは別の日のものでした。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1202" />
        <source>The customer had declined; the cool-down period was running.</source>
        <translation>お客様がお断りになった後の訪問自粛期間中でした。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1203" />
        <source>No appointment was recorded before the visit.</source>
        <translation>訪問前にアポイントが記録されていませんでした。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1205" />
        <source>%1 screenings, %2 refused; the first refusal on %3.</source>
        <translation>審査%1回、うち不可%2回。最初の不可判定は%3。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1210" />
        <source>Lecture %1 min; the minimum is %2 min.</source>
        <translation>レクチャー%1分（最低%2分）。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1214" />
        <source>Cancelled on day %1 of %2 (contracted %3).</source>
        <translation>%2日間のうち%1日目に解約（契約日時 %3）。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1219" />
        <source>%1 days without use; follow up after %2 days.</source>
        <translation>%1日間利用がありません（%2日でフォロー対象）。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1223" />
        <source>Dispute open for %1 days; the period is %2 days.</source>
        <translation>苦情対応が%1日間続いています（期間は%2日）。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1227" />
        <source>%1 was refused (%2).</source>
        <translation>%1は受け付けられませんでした（%2）。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1229" />
        <source>Off by %1 min; %2 min are allowed.</source>
        <translation>%1分のずれ（許容%2分）。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1244" />
        <source>What the rules found worth a look, newest first: visits (S2), retried screenings (P2), lectures near the minimum (D1), cooling-off cancellations (P3), lapsed use (P5) and disputes past their period (P6).</source>
        <translation>ルールが確認を要すると判断したものを新しい順に表示します：訪問（S2）、再審査（P2）、最低時間に近いレクチャー（D1）、クーリングオフ期間内の解約（P3）、利用の途絶（P5）、期間を過ぎた苦情対応（P6）。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1253" />
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1254" />
        <source>Alert</source>
        <translation>アラート</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1255" />
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1256" />
        <source>Customer or contract</source>
        <translation>お客様・契約</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1260" />
        <source>%1 alerts</source>
        <translation>%1件のアラート</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1263" />
        <source>Nothing to look at.</source>
        <translation>確認が必要なものはありません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1281" />
        <source>Cancel the credit contract (P6)</source>
        <translation>立替払い契約を取り消す（P6）</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1283" />
        <source>A compliance admin may cancel the credit contract.</source>
        <translation>立替払い契約の取消はコンプライアンス管理者が行えます。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1303" />
        <source>Head office (command line)</source>
        <translation>本部（コマンドライン）</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1319" />
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1320" />
        <source>Revoked</source>
        <translation>無効化済み</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1321" />
        <source>Wipe ordered</source>
        <translation>データ消去を指示済み</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1322" />
        <source>Wiped</source>
        <translation>データ消去済み</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1356" />
        <source>Tablets</source>
        <translation>タブレット</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1358" />
        <source>Revoking a tablet stops its sync at once. Ordering a wipe makes the tablet erase its data at its next contact with head office; what it recorded stays here as evidence.</source>
        <translation>タブレットを無効化すると、すぐに同期できなくなります。データ消去を指示すると、次に本部と通信したときにタブレットのデータが消去されます。記録された内容は証跡として本部に残ります。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1361" />
        <source>Tablet</source>
        <translation>タブレット</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1362" />
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1364" />
        <source>Enrolled</source>
        <translation>登録日時</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1365" />
        <source>Last sync</source>
        <translation>最終同期</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1366" />
        <source>Events</source>
        <translation>記録数</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1374" />
        <source>No tablet is enrolled yet.</source>
        <translation>登録されたタブレットはまだありません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1382" />
        <source>Revoke</source>
        <translation>無効化する</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1385" />
        <source>Order a wipe</source>
        <translation>データ消去を指示する</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1404" />
        <source>Users</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1408" />
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1414" />
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1417" />
        <source>Issue an enrollment code</source>
        <translation>登録コードを発行する</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1427" />
        <source>Add a user</source>
        <translation>ユーザーを追加</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1433" />
        <source>1 to 64 letters, digits, dots, hyphens or underscores.</source>
        <translation>半角英数字、ピリオド、ハイフン、アンダースコアで1～64文字。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1444" />
        <source>Sales reps and installers then get an enrollment code for their tablet. Console users get their password from the command line: kakunin-hq admin set-password.</source>
        <translation>営業担当と納品担当には、追加後にタブレット用の登録コードを発行します。コンソールのユーザーのパスワードはコマンドライン（kakunin-hq admin set-password）で設定します。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1448" />
        <source>Add the user</source>
        <translation>ユーザーを追加する</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1457" />
        <source>Enrollment code</source>
        <translation>登録コード</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1460" />
        <source>Back to devices and users</source>
        <translation>端末とユーザーに戻る</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1464" />
        <source>For %1 (%2, %3). Valid once, until %4.</source>
        <translation>%1さん（%2、%3）用です。%4まで、1回だけ有効です。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1470" />
        <source>On the tablet, scan the QR code or type the code under Settings, Sync. The code is shown only now: head office keeps only its hash. Issue a new one if it is lost.</source>
        <translation>タブレットの「設定」→「同期」でQRコードを読み取るか、コードを入力してください。コードは今だけ表示されます（本部にはハッシュのみ保存されます）。紛失した場合は新しく発行してください。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1484" />
        <source>Visits allowed from (S2)</source>
        <translation>訪問可能な開始時刻（S2）</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1485" />
        <source>Visits allowed until (S2)</source>
        <translation>訪問可能な終了時刻（S2）</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1486" />
        <source>Maximum visit length, minutes (S2)</source>
        <translation>訪問時間の上限（分、S2）</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1487" />
        <source>Warn the rep at this share of the maximum, % (S2)</source>
        <translation>営業担当に警告する上限に対する割合（%、S2）</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1488" />
        <source>No visit after a refusal for, days (S2)</source>
        <translation>お断り後の訪問自粛期間（日、S2）</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1489" />
        <source>Elderly customer from age (P2)</source>
        <translation>高齢者とみなす年齢（P2）</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1490" />
        <source>Minimum lecture, minutes (D1)</source>
        <translation>レクチャーの最低時間（分、D1）</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1491" />
        <source>Trial period, days (D3)</source>
        <translation>お試し期間（日、D3）</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1492" />
        <source>Cooling-off period, days (P3)</source>
        <translation>クーリングオフ期間（日、P3）</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1493" />
        <source>Use lapsed after, days (P5)</source>
        <translation>利用途絶とみなす日数（日、P5）</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1494" />
        <source>Dispute period, days (P6)</source>
        <translation>苦情対応期間（日、P6）</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1495" />
        <source>Tablet clock may be off by, minutes</source>
        <translation>タブレットの時計の許容ずれ（分）</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1496" />
        <source>Tablet locks after, minutes idle</source>
        <translation>タブレットが自動ロックされるまでの時間（分）</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1497" />
        <source>Company time zone</source>
        <translation>会社のタイムゾーン</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1509" />
        <source>Enter a whole number.</source>
        <translation>整数を入力してください。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1511" />
        <source>This number is outside the allowed range.</source>
        <translation>この数値は許容範囲外です。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1513" />
        <source>Enter a time as HH:MM.</source>
        <translation>時刻はHH:MMの形式で入力してください。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1515" />
        <source>The visit hours must end after they start.</source>
        <translation>訪問可能な終了時刻は開始時刻より後にしてください。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1517" />
        <source>Unknown time zone: use an IANA id such as Asia/Tokyo.</source>
        <translation>不明なタイムゾーンです。Asia/TokyoのようなIANAのIDを入力してください。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1519" />
        <source>This value is not accepted (%1).</source>
        <translation>この値は受け付けられません（%1）。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1531" />
        <source>This is not one JSON object.</source>
        <translation>1つのJSONオブジェクトになっていません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1534" />
        <source>The pack is too large.</source>
        <translation>パックが大きすぎます。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1537" />
        <source>A required field is missing.</source>
        <translation>必須の項目がありません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1540" />
        <source>A field the format does not know.</source>
        <translation>形式にない項目があります。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1543" />
        <source>A field has the wrong type.</source>
        <translation>項目の型が正しくありません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1546" />
        <source>A text lacks its Japanese or English version.</source>
        <translation>日本語または英語の文言が欠けています。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1549" />
        <source>A mandatory important matter is missing: no guarantee (S1) or the antisocial declaration (P2).</source>
        <translation>必須の重要事項（効果の非保証（S1）または反社会的勢力でないことの表明（P2））がありません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1553" />
        <source>The pack is not valid.</source>
        <translation>パックの内容が正しくありません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1558" />
        <source>Field: %1.</source>
        <translation>項目：%1。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1560" />
        <source>Item: %1.</source>
        <translation>対象：%1。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1562" />
        <source>Value: %1.</source>
        <translation>値：%1。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1564" />
        <source>Nothing was published.</source>
        <translation>公開されていません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1582" />
        <source>Policy, version %1</source>
        <translation>ポリシー（バージョン%1）</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1584" />
        <source>Publishing makes the next version: tablets receive it at their next sync. Contracts keep the terms they were concluded under.</source>
        <translation>公開すると次のバージョンになり、タブレットには次回の同期で届きます。締結済みの契約には締結時の条件が適用されます。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1618" />
        <source>Publish the policy</source>
        <translation>ポリシーを公開する</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1622" />
        <source>Content packs</source>
        <translation>コンテンツパック</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1624" />
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1625" />
        <source>Published</source>
        <translation>公開日時</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1629" />
        <source>No pack has been published from head office yet: tablets use the packs they were shipped with.</source>
        <translation>本部から公開したパックはまだありません。タブレットは出荷時のパックを使用しています。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1648" />
        <source>New pack version (JSON)</source>
        <translation>新しいパックのバージョン（JSON）</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1651" />
        <source>Paste the whole pack file (docs/content-packs.md). Head office checks it with the same loader as the tablets; a pack with any error is not published.</source>
        <translation>パックファイル全体を貼り付けてください（docs/content-packs.md）。本部はタブレットと同じ読み込み処理で検証し、誤りがあるパックは公開しません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1656" />
        <source>Publish the pack</source>
        <translation>パックを公開する</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1665" />
        <source>%1: %2 Nothing was published.</source>
        <translation>%1：%2 公開されていません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1678" />
        <source>Contracts concluded and calls recorded in a date range, as CSV files (UTF-8 with BOM, so Excel opens them directly). Days are counted in the console's time zone (%1).</source>
        <translation>期間内に締結された契約と記録された確認コールをCSVファイルで出力します（BOM付きUTF-8のため、Excelでそのまま開けます）。日付はコンソールのタイムゾーン（%1）で数えます。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1693" />
        <source>To (inclusive)</source>
        <translation>終了日（当日を含む）</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1696" />
        <source>Download contracts (CSV)</source>
        <translation>契約をダウンロード（CSV）</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1699" />
        <source>Download call results (CSV)</source>
        <translation>コール結果をダウンロード（CSV）</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="301" />
        <location filename="../../headoffice/console/pages.cpp" line="302" />
        <location filename="../../headoffice/console/pages.cpp" line="406" />
        <location filename="../../headoffice/console/pages.cpp" line="1405" />
        <source>User ID</source>
        <translation>ユーザーID</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="410" />
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="425" />
        <source>Confirmation calls due now (M2), oldest first: C1 after the contract, C2 after the delivery, C3 before the start. Calls are made by someone other than the sales rep, and C3 by someone other than the installer.</source>
        <translation>現在対象となっている確認コール（M2）を、待ち時間の長い順に表示しています。C1は契約後、C2は納品後、C3は契約開始前に行います。コールは営業担当以外の者が、C3は納品担当以外の者が行います。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="433" />
        <source>You are signed in as an auditor: you can read everything and change nothing.</source>
        <translation>監査担当としてログインしています。すべて閲覧できますが、変更はできません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="443" />
        <source>Waiting</source>
        <translation>待ち時間</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="446" />
        <location filename="../../headoffice/console/pages.cpp" line="1258" />
        <location filename="../../headoffice/console/pages.cpp" line="1367" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="449" />
        <source>Calls due</source>
        <translation>対象のコール</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="453" />
        <source>No call is due now.</source>
        <translation>現在、対象のコールはありません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="469" />
        <source>Call</source>
        <translation>コールする</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="470" />
        <location filename="../../headoffice/console/pages.cpp" line="511" />
        <source>View</source>
        <translation>表示</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="477" />
        <source>since %1</source>
        <translation>%1から</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="486" />
        <source>Found by</source>
        <translation>発見したコール</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="487" />
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="488" />
        <source>On hold since</source>
        <translation>保留開始</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="491" />
        <location filename="../../headoffice/console/pages.cpp" line="725" />
        <source>On hold</source>
        <translation>保留中</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="494" />
        <source>A call that finds a problem stops the contract until a compliance admin resolves the hold; then the contract comes back to the queue.</source>
        <translation>コールで問題が見つかった契約は、コンプライアンス管理者が保留を解除するまで止まります。解除後は確認コール一覧に戻ります。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="499" />
        <source>No contract is on hold.</source>
        <translation>保留中の契約はありません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="510" />
        <source>Resolve</source>
        <translation>解除する</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="532" />
        <location filename="../../headoffice/console/pages.cpp" line="957" />
        <source>%1 call</source>
        <translation>%1コール</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="535" />
        <location filename="../../headoffice/console/pages.cpp" line="639" />
        <location filename="../../headoffice/console/pages.cpp" line="694" />
        <source>Back to the call queue</source>
        <translation>確認コール一覧へ戻る</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="543" />
        <source>This contract is on hold: no call can be recorded until the hold is resolved.</source>
        <translation>この契約は保留中です。保留が解除されるまでコールは記録できません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="548" />
        <source>This contract is not due for a %1 call now.</source>
        <translation>この契約は現在、%1コールの対象ではありません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="554" />
        <source>Call script</source>
        <translation>トークスクリプト</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="556" />
        <source>Read each question to the customer as written, then record the answers below.</source>
        <translation>各質問を記載どおりにお客様へお読みし、下の欄に回答を記録してください。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="561" />
        <source>No content pack with a script for this product was found.</source>
        <translation>この商品のトークスクリプトを含むコンテンツパックが見つかりません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="572" />
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="573" />
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="576" />
        <source>Answers</source>
        <translation>回答</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="580" />
        <source>Did you reach the customer?</source>
        <translation>お客様と話せましたか。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="581" />
        <source>Yes, I spoke with the customer</source>
        <translation>はい、お客様と話しました</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="582" />
        <source>No answer: the call stays in the queue</source>
        <translation>不通：一覧に残して後でかけ直します</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="584" />
        <source>When the customer was not reached, only the attempt and the note are recorded.</source>
        <translation>お客様と話せなかった場合は、コールしたこととメモのみを記録します。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="588" />
        <source>Did anyone guarantee or promise results, such as more customers or sales? (S1)</source>
        <translation>集客や売上など、成果を保証・約束する説明がありましたか。（S1）</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="594" />
        <source>Was the visit conducted properly: by appointment, not overlong, without pressure? (S2)</source>
        <translation>訪問は適切でしたか。事前の約束があり、長時間居座らず、契約を迫ることはありませんでしたか。（S2）</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="600" />
        <source>Was the lecture given on site, long enough and item by item? (D1, D2)</source>
        <translation>レクチャーは現地で、十分な時間をかけ、項目ごとに行われましたか。（D1・D2）</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="606" />
        <source>Has the customer actually used the product? (D3)</source>
        <translation>お客様は実際に商品を利用されましたか。（D3）</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="614" />
        <source>What the customer said, in a few words. At most %1 characters.</source>
        <translation>お客様のお話を簡潔に記入してください。%1文字以内です。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="619" />
        <source>Head office's rules decide from the answers whether the call is clean; any problem puts the contract on hold.</source>
        <translation>回答をもとに本部のルールが問題の有無を判定します。問題があれば契約は保留になります。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="623" />
        <source>Record the call</source>
        <translation>コールを記録する</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="626" />
        <source>Your role can read this page but not record calls.</source>
        <translation>この役割ではこのページを閲覧できますが、コールは記録できません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="636" />
        <location filename="../../headoffice/console/pages.cpp" line="960" />
        <source>Hold</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="644" />
        <source>This contract is not on hold.</source>
        <translation>この契約は保留中ではありません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="648" />
        <source>On hold since %1: the %2 call found</source>
        <translation>%1から保留中：%2コールで見つかった問題</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="656" />
        <location filename="../../headoffice/console/pages.cpp" line="985" />
        <source>Holds on this contract</source>
        <translation>この契約の保留回数</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="665" />
        <location filename="../../headoffice/console/pages.cpp" line="678" />
        <source>Resolve the hold</source>
        <translation>保留を解除する</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="674" />
        <source>What was found out and what was done. The contract then goes back to the call queue for the same call.</source>
        <translation>確認した事実と行った対応を記入してください。解除すると、契約は同じ段階のコール対象として一覧に戻ります。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="681" />
        <source>Only a compliance admin can resolve a hold.</source>
        <translation>保留を解除できるのはコンプライアンス管理者のみです。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="241" />
        <source>Service unavailable</source>
        <translation>ただいま利用できません</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="242" />
        <source>The database cannot be reached. Nothing was changed. Please try again in a moment.</source>
        <translation>データベースに接続できません。何も変更していません。しばらくしてから再度お試しください。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="246" />
        <location filename="../../headoffice/console/routes.cpp" line="660" />
        <source>Internal error</source>
        <translation>内部エラー</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="247" />
        <source>Something went wrong on head office's side.</source>
        <translation>本部サーバーで問題が発生しました。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="270" />
        <source>Form too large</source>
        <translation>入力内容が大きすぎます</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="271" />
        <source>The form is too large. Nothing was changed.</source>
        <translation>入力内容が大きすぎます。何も変更していません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="274" />
        <source>Unsupported form</source>
        <translation>読み取れない送信内容</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="275" />
        <location filename="../../headoffice/console/routes.cpp" line="279" />
        <source>This form cannot be read. Nothing was changed.</source>
        <translation>送信内容を読み取れません。何も変更していません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="278" />
        <location filename="../../headoffice/console/routes.cpp" line="461" />
        <location filename="../../headoffice/console/routes.cpp" line="497" />
        <location filename="../../headoffice/console/routes.cpp" line="526" />
        <location filename="../../headoffice/console/routes.cpp" line="558" />
        <location filename="../../headoffice/console/routes.cpp" line="633" />
        <location filename="../../headoffice/console/routes.cpp" line="688" />
        <source>Bad request</source>
        <translation>リクエストが正しくありません</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="287" />
        <source>Not allowed</source>
        <translation>権限がありません</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="288" />
        <source>Your role (%1) may not do this. Nothing was changed.</source>
        <translation>この役割（%1）ではこの操作はできません。何も変更していません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="326" />
        <source>Form expired</source>
        <translation>フォームの有効期限切れ</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="327" />
        <source>This form has expired or was not sent from this console. Nothing was changed. Please go back, reload the page and try again.</source>
        <translation>このフォームは有効期限が切れているか、このコンソールから送信されたものではありません。何も変更していません。前のページに戻り、再読み込みしてからもう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="338" />
        <source>Not found</source>
        <translation>ページが見つかりません</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="339" />
        <source>This page does not exist.</source>
        <translation>このページは存在しません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="384" />
        <source>You have signed out.</source>
        <translation>ログアウトしました。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="401" />
        <source>Sign-in failed. Check your user ID and password. After %1 failed attempts in a row, sign-in is locked for %2 minutes.</source>
        <translation>ログインできませんでした。ユーザーIDとパスワードをご確認ください。%1回続けて失敗すると、%2分間ログインできなくなります。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="431" />
        <source>The hold on %1 is resolved. The contract is back in the call queue.</source>
        <translation>%1の保留を解除しました。契約は確認コール一覧に戻りました。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="436" />
        <source>The call was recorded. It found a problem: contract %1 is on hold until a compliance admin resolves it.</source>
        <translation>コールを記録しました。問題が見つかったため、契約%1はコンプライアンス管理者が解除するまで保留になります。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="442" />
        <source>The call was recorded. The customer of %1 was not reached: the call stays in the queue.</source>
        <translation>コールを記録しました。%1のお客様とは話せなかったため、一覧に残しています。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="448" />
        <source>The call was recorded. Contract %1 passed the %2 call.</source>
        <translation>コールを記録しました。契約%1は%2コールを問題なく通過しました。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="462" />
        <source>No contract was given. Nothing was changed.</source>
        <translation>契約が指定されていません。何も変更していません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="468" />
        <source>Unknown contract</source>
        <translation>不明な契約</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="498" />
        <source>Give the call stage: C1, C2 or C3.</source>
        <translation>コールの段階（C1・C2・C3）を指定してください。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="577" />
        <source>The search text is too long: at most 100 characters.</source>
        <translation>検索文字列が長すぎます。100文字以内で入力してください。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="599" />
        <source>Signature, %1</source>
        <translation>署名（%1）</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="622" />
        <source>The contract has started. The tablets receive it at their next sync.</source>
        <translation>契約を開始しました。タブレットには次回の同期で反映されます。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="634" />
        <source>There is no such copy.</source>
        <translation>そのような控えはありません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="644" />
        <source>The walkthrough of this contract is not concluded yet: there is no copy to make.</source>
        <translation>この契約の重要事項説明はまだ締結されていないため、控えを作成できません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="646" />
        <source>The delivery confirmation of this contract is not signed yet: there is no copy to make.</source>
        <translation>この契約の納品確認書はまだ署名されていないため、控えを作成できません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="650" />
        <source>Head office does not hold the content pack this contract was explained with, so its copy cannot be made.</source>
        <translation>この契約の説明に使われたコンテンツパックを本部が保持していないため、控えを作成できません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="655" />
        <source>A signature's strokes are missing or do not match their hash, so the copy cannot be made.</source>
        <translation>署名の筆跡データが見つからないか、ハッシュと一致しないため、控えを作成できません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="661" />
        <source>The PDF could not be written on head office's side.</source>
        <translation>本部側でPDFを作成できませんでした。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="665" />
        <source>No copy yet</source>
        <translation>控えはまだありません</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="712" />
        <source>The credit contract of %1 is cancelled. The tablets receive it at their next sync.</source>
        <translation>%1の立替払い契約を取り消しました。タブレットには次回の同期で反映されます。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="744" />
        <source>Tablet %1 is revoked: it can no longer sync.</source>
        <translation>タブレット%1を無効化しました。今後は同期できません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="747" />
        <source>A wipe of tablet %1 is ordered: it erases its data at its next contact.</source>
        <translation>タブレット%1にデータ消去を指示しました。次回の通信時にデータが消去されます。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="751" />
        <source>User %1 was added.</source>
        <translation>ユーザー%1を追加しました。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="798" />
        <source>QR code of the enrollment code</source>
        <translation>登録コードのQRコード</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="831" />
        <source>Policy version %1 is published. Tablets receive it at their next sync.</source>
        <translation>ポリシーのバージョン%1を公開しました。タブレットには次回の同期で届きます。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="836" />
        <source>Content pack %1 %2 is published. Tablets receive it at their next sync.</source>
        <translation>コンテンツパック%1 %2を公開しました。タブレットには次回の同期で届きます。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="875" />
        <source>%1 is already published. Give the new pack a new version. Nothing was published.</source>
        <translation>%1はすでに公開されています。新しいパックには新しいバージョンを付けてください。公開されていません。</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="922" />
        <source>The range ends before it starts.</source>
        <translation>終了日が開始日より前になっています。</translation>
    </message>
</context>
</TS>