<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP">
<context>
    <name>CustomerPage</name>
    <message>
        <location filename="../../qml/pages/CustomerPage.qml" line="39" />
        <source>Customer</source>
        <translation>お客様</translation>
    </message>
    <message>
        <location filename="../../qml/pages/CustomerPage.qml" line="45" />
        <source>Edit details</source>
        <translation>基本情報を編集</translation>
    </message>
    <message>
        <location filename="../../qml/pages/CustomerPage.qml" line="120" />
        <source>Business</source>
        <translation>屋号</translation>
    </message>
    <message>
        <location filename="../../qml/pages/CustomerPage.qml" line="132" />
        <source>Representative</source>
        <translation>代表者</translation>
    </message>
    <message>
        <location filename="../../qml/pages/CustomerPage.qml" line="143" />
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <location filename="../../qml/pages/CustomerPage.qml" line="153" />
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <location filename="../../qml/pages/CustomerPage.qml" line="182" />
        <source>Next steps</source>
        <translation>次の対応</translation>
    </message>
    <message>
        <location filename="../../qml/pages/CustomerPage.qml" line="231" />
        <source>Book visit</source>
        <translation>訪問を予約</translation>
    </message>
    <message>
        <location filename="../../qml/pages/CustomerPage.qml" line="239" />
        <source>Visit in progress</source>
        <translation>訪問中</translation>
    </message>
    <message>
        <location filename="../../qml/pages/CustomerPage.qml" line="239" />
        <source>Start visit</source>
        <translation>訪問を開始</translation>
    </message>
    <message>
        <location filename="../../qml/pages/CustomerPage.qml" line="255" />
        <source>Product to explain</source>
        <translation>説明する商品</translation>
    </message>
    <message>
        <location filename="../../qml/pages/CustomerPage.qml" line="286" />
        <source>Explain important matters</source>
        <translation>重要事項を説明する</translation>
    </message>
    <message>
        <location filename="../../qml/pages/CustomerPage.qml" line="299" />
        <source>Contracts</source>
        <translation>契約</translation>
    </message>
    <message>
        <location filename="../../qml/pages/CustomerPage.qml" line="330" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>CustomerRow</name>
    <message>
        <location filename="../../qml/components/CustomerRow.qml" line="55" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>CustomerScreeningCard</name>
    <message>
        <location filename="../../qml/components/CustomerScreeningCard.qml" line="15" />
        <source>Screening</source>
        <translation>契約対象の審査</translation>
    </message>
    <message>
        <location filename="../../qml/components/CustomerScreeningCard.qml" line="37" />
        <source>✕ %1</source>
        <translation>✕ %1</translation>
    </message>
    <message>
        <location filename="../../qml/components/CustomerScreeningCard.qml" line="54" />
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <location filename="../../qml/components/CustomerScreeningCard.qml" line="65" />
        <source>IT literacy: %1</source>
        <translation>ITリテラシー：%1</translation>
    </message>
</context>
<context>
    <name>CustomerText</name>
    <message>
        <location filename="../../app/models/customertext.cpp" line="26" />
        <source>en</source>
        <comment>language code of this translation: ja in Japanese; picks the language of content packs and dates</comment>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="40" />
        <source>A contract may be offered.</source>
        <translation>契約のご提案が可能です。</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="42" />
        <source>A contract may be offered under the conditions below.</source>
        <translation>以下の条件のもとで契約のご提案が可能です。</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="44" />
        <source>No contract may be offered to this prospect.</source>
        <translation>このお客様には契約をご提案できません。</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="45" />
        <source>Not screened yet: fill in the profile sheet first.</source>
        <translation>未審査です。先に代表者経歴シートを記入してください。</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="52" />
        <source>The profile sheet is incomplete or contradicts itself.</source>
        <translation>代表者経歴シートに未記入または矛盾があります。</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="54" />
        <source>The representative is %1 (%2 or older) and no successor is present to hear the explanation.</source>
        <translation>代表者が%1歳（%2歳以上）で、説明を受ける後継者の方が同席していません。</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="59" />
        <source>The representative is %1 (%2 or older) and the successor present will not sign too.</source>
        <translation>代表者が%1歳（%2歳以上）で、同席している後継者の方が署名しません。</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="64" />
        <source>The business is run on the side and the representative has not declared going full-time.</source>
        <translation>兼業であり、代表者から専業化の申告がありません。</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="67" />
        <source>The representative cannot use a PC or has never used one.</source>
        <translation>代表者がパソコンを使えない、または使ったことがありません。</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="69" />
        <source>Ties to antisocial forces were found, or the declaration of no ties was refused.</source>
        <translation>反社会的勢力との関係が認められたか、関係がない旨の表明を拒否されました。</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="72" />
        <source>The successor hears the whole explanation and signs the contract too.</source>
        <translation>後継者の方がすべての説明を受け、契約書にも署名します。</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="75" />
        <source>The representative declared going full-time; the declaration is part of the record.</source>
        <translation>代表者が専業化を申告しました。この申告は記録に含まれます。</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="89" />
        <source>Reason not known to this app version (%1).</source>
        <translation>このアプリのバージョンでは不明な理由です（%1）。</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="98" />
        <source>Enter the representative's year of birth (or age).</source>
        <translation>代表者の生まれ年（または年齢）を入力してください。</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="100" />
        <source>The year of birth is in the future.</source>
        <translation>生まれ年が未来の年になっています。</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="102" />
        <source>The year of birth is too far in the past. Check it.</source>
        <translation>生まれ年が古すぎます。ご確認ください。</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="104" />
        <source>Years in business cannot be negative.</source>
        <translation>事業歴にマイナスの値は入力できません。</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="106" />
        <source>Years in this trade cannot be negative.</source>
        <translation>業界経験年数にマイナスの値は入力できません。</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="108" />
        <source>The years in business or in this trade are more than the representative's age.</source>
        <translation>事業歴または業界経験年数が代表者の年齢を超えています。</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="111" />
        <source>An IT product has no name.</source>
        <translation>名前のないIT製品があります。</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="140" />
        <source>Full-time business</source>
        <translation>専業</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="142" />
        <source>Side business</source>
        <translation>兼業</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="151" />
        <source>No smartphone</source>
        <translation>使っていない</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="153" />
        <source>Calls only</source>
        <translation>通話のみ</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="155" />
        <source>Uses apps every day</source>
        <translation>アプリも日常的に使う</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="164" />
        <source>Cannot use a PC</source>
        <translation>使えない</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="166" />
        <source>Has never used a PC</source>
        <translation>使ったことがない</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="168" />
        <source>Mail and web</source>
        <translation>メール・ウェブ閲覧</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="170" />
        <source>Documents and spreadsheets</source>
        <translation>文書作成・表計算</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="172" />
        <source>Settings and business software</source>
        <translation>設定・業務ソフト</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="181" />
        <source>Level 1 of 4: extremely low (no PC use)</source>
        <translation>レベル1（4段階中）：きわめて低い（パソコン不使用）</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="183" />
        <source>Level 2 of 4: low, extended lecture</source>
        <translation>レベル2（4段階中）：低い・拡張講習</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="185" />
        <source>Level 3 of 4: medium, standard lecture</source>
        <translation>レベル3（4段階中）：標準・標準講習</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="187" />
        <source>Level 4 of 4: high, standard lecture</source>
        <translation>レベル4（4段階中）：高い・標準講習</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="195" />
        <source>Extended lecture</source>
        <translation>丁寧コースの講習</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="196" />
        <source>Standard lecture</source>
        <translation>標準コースの講習</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="226" />
        <source>ddd d MMM yyyy</source>
        <comment>date format (QDate)</comment>
        <translation>yyyy年M月d日(ddd)</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="236" />
        <location filename="../../app/models/customertext.cpp" line="258" />
        <source>%1, %2</source>
        <comment>date, time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="244" />
        <source>Today</source>
        <translation>本日</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="246" />
        <source>Tomorrow</source>
        <translation>明日</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="248" />
        <source>ddd d MMM</source>
        <comment>short date format (QDate)</comment>
        <translation>M月d日(ddd)</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../../app/models/errortext.cpp" line="13" />
        <source>Use at least 6 digits, or a passphrase of at least 8 characters.</source>
        <translation>6桁以上の数字、または8文字以上のパスフレーズを使ってください。</translation>
    </message>
    <message>
        <location filename="../../app/models/errortext.cpp" line="16" />
        <source>That PIN is not correct.</source>
        <translation>暗証番号が正しくありません。</translation>
    </message>
    <message>
        <location filename="../../app/models/errortext.cpp" line="18" />
        <source>Too many wrong PINs. Please wait before trying again.</source>
        <translation>暗証番号の誤りが続きました。しばらく待ってから再度お試しください。</translation>
    </message>
    <message>
        <location filename="../../app/models/errortext.cpp" line="20" />
        <source>This tablet has no data yet. Set a PIN to start.</source>
        <translation>このタブレットにはまだデータがありません。暗証番号を設定して始めてください。</translation>
    </message>
    <message>
        <location filename="../../app/models/errortext.cpp" line="22" />
        <source>This tablet is already set up. Enter your PIN.</source>
        <translation>このタブレットは設定済みです。暗証番号を入力してください。</translation>
    </message>
    <message>
        <location filename="../../app/models/errortext.cpp" line="24" />
        <source>The key for this tablet's data is missing. Contact head office; do not reset the tablet.</source>
        <translation>このタブレットのデータを開く鍵が見つかりません。タブレットを初期化せず、本部に連絡してください。</translation>
    </message>
    <message>
        <location filename="../../app/models/errortext.cpp" line="27" />
        <source>The key for this tablet's data is damaged. Contact head office; do not reset the tablet.</source>
        <translation>このタブレットのデータを開く鍵が壊れています。タブレットを初期化せず、本部に連絡してください。</translation>
    </message>
    <message>
        <location filename="../../app/models/errortext.cpp" line="30" />
        <source>The app was started without its encryption library and refuses to run. Reinstall the app.</source>
        <translation>暗号化ライブラリなしで起動されたため、アプリを実行できません。アプリを再インストールしてください。</translation>
    </message>
    <message>
        <location filename="../../app/models/errortext.cpp" line="34" />
        <source>The data on this tablet is damaged or was altered. Nothing was changed. Contact head office.</source>
        <translation>このタブレットのデータが破損しているか、改ざんされています。データは変更していません。本部に連絡してください。</translation>
    </message>
    <message>
        <location filename="../../app/models/errortext.cpp" line="37" />
        <source>This data was written by a newer version of the app. Update the app.</source>
        <translation>このデータは新しいバージョンのアプリで作成されています。アプリを更新してください。</translation>
    </message>
    <message>
        <location filename="../../app/models/errortext.cpp" line="40" />
        <source>The data could not be upgraded. Nothing was changed. Contact head office.</source>
        <translation>データを更新できませんでした。データは変更していません。本部に連絡してください。</translation>
    </message>
    <message>
        <location filename="../../app/models/errortext.cpp" line="43" />
        <source>The tablet's storage could not be read or written.</source>
        <translation>タブレットの保存領域を読み書きできませんでした。</translation>
    </message>
    <message>
        <location filename="../../app/models/errortext.cpp" line="46" />
        <source>This record is incomplete and was not saved.</source>
        <translation>この記録は不完全なため保存されませんでした。</translation>
    </message>
    <message>
        <location filename="../../app/models/errortext.cpp" line="48" />
        <source>The key could not be saved on this tablet. Nothing was set up.</source>
        <translation>このタブレットに鍵を保存できませんでした。設定は行われていません。</translation>
    </message>
    <message>
        <location filename="../../app/models/errortext.cpp" line="51" />
        <source>The tablet is locked. Unlock it and try again.</source>
        <translation>タブレットがロックされています。ロックを解除してからもう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../app/models/errortext.cpp" line="53" />
        <location filename="../../app/models/errortext.cpp" line="72" />
        <source>Unexpected error.</source>
        <translation>予期しないエラーが発生しました。</translation>
    </message>
    <message>
        <location filename="../../app/models/errortext.cpp" line="62" />
        <source>Please sign in the box first.</source>
        <translation>枠の中に署名してください。</translation>
    </message>
    <message>
        <location filename="../../app/models/errortext.cpp" line="64" />
        <source>This signature is too small. Please sign with your full name.</source>
        <translation>署名が小さすぎます。氏名をはっきりとご記入ください。</translation>
    </message>
    <message>
        <location filename="../../app/models/errortext.cpp" line="69" />
        <source>The signature could not be read. Please clear it and sign again.</source>
        <translation>署名を読み取れませんでした。消去してもう一度ご署名ください。</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../qml/pages/HomePage.qml" line="34" />
        <source>Kakunin</source>
        <translation>確認</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HomePage.qml" line="45" />
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HomePage.qml" line="53" />
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HomePage.qml" line="62" />
        <source>Lock</source>
        <translation>ロック</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HomePage.qml" line="155" />
        <source>My customers</source>
        <translation>担当のお客様</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/pages/HomePage.qml" line="164" />
        <source>%n customer(s)</source>
        <translation><numerusform>%n 名</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/pages/HomePage.qml" line="172" />
        <source>New customer</source>
        <translation>新規のお客様</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HomePage.qml" line="186" />
        <source>Search by name or business</source>
        <translation>お名前・屋号で検索</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HomePage.qml" line="230" />
        <source>No customers on this tablet yet.</source>
        <translation>このタブレットにはまだお客様の記録がありません。</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HomePage.qml" line="231" />
        <source>No customer matches “%1”.</source>
        <translation>「%1」に該当するお客様はいません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/pages/HomePage.qml" line="247" />
        <source>Device %1 · %n record(s) on this tablet</source>
        <translation><numerusform>端末 %1 · このタブレットの記録 %n 件</numerusform></translation>
    </message>
</context>
<context>
    <name>LectureChecklistItem</name>
    <message numerus="yes">
        <location filename="../../qml/components/LectureChecklistItem.qml" line="74" />
        <source>Extended item · about %n minute(s)</source>
        <translation><numerusform>拡張項目・約 %n 分</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/components/LectureChecklistItem.qml" line="75" />
        <source>About %n minute(s)</source>
        <translation><numerusform>約 %n 分</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/components/LectureChecklistItem.qml" line="88" />
        <source>Taught</source>
        <translation>説明済み</translation>
    </message>
    <message>
        <location filename="../../qml/components/LectureChecklistItem.qml" line="103" />
        <source>Understood</source>
        <translation>理解済み</translation>
    </message>
</context>
<context>
    <name>LectureClockDisplay</name>
    <message>
        <location filename="../../qml/components/LectureClockDisplay.qml" line="53" />
        <source>Lecture running time %1</source>
        <translation>講習時間 %1</translation>
    </message>
    <message>
        <location filename="../../qml/components/LectureClockDisplay.qml" line="93" />
        <source>Start lecture</source>
        <translation>講習を開始</translation>
    </message>
    <message>
        <location filename="../../qml/components/LectureClockDisplay.qml" line="105" />
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location filename="../../qml/components/LectureClockDisplay.qml" line="116" />
        <source>Resume</source>
        <translation>再開</translation>
    </message>
</context>
<context>
    <name>LecturePage</name>
    <message>
        <location filename="../../qml/pages/LecturePage.qml" line="30" />
        <source>Delivery lecture: %1</source>
        <translation>納品講習：%1 様</translation>
    </message>
    <message>
        <location filename="../../qml/pages/LecturePage.qml" line="31" />
        <source>Delivery lecture</source>
        <translation>納品講習</translation>
    </message>
    <message>
        <location filename="../../qml/pages/LecturePage.qml" line="82" />
        <source>The lecture cannot be shown</source>
        <translation>講習を表示できません</translation>
    </message>
    <message>
        <location filename="../../qml/pages/LecturePage.qml" line="227" />
        <source>Delivery confirmation</source>
        <translation>納品確認書</translation>
    </message>
    <message>
        <location filename="../../qml/pages/LecturePage.qml" line="238" />
        <source>I confirm that the installer taught me every item above and that I understood each of them.</source>
        <translation>上記のすべての項目について納品担当から説明を受け、それぞれ理解したことを確認します。</translation>
    </message>
    <message>
        <location filename="../../qml/pages/LecturePage.qml" line="271" />
        <source>Sign the delivery confirmation</source>
        <translation>納品確認書に署名する</translation>
    </message>
    <message>
        <location filename="../../qml/pages/LecturePage.qml" line="286" />
        <source>The customer signed the delivery confirmation. Lecture time: %1.</source>
        <translation>お客様が納品確認書に署名しました。講習時間：%1</translation>
    </message>
    <message>
        <location filename="../../qml/pages/LecturePage.qml" line="319" />
        <source>Customer's copy (PDF)</source>
        <translation>お客様控え（PDF）</translation>
    </message>
    <message>
        <location filename="../../qml/pages/LecturePage.qml" line="337" />
        <source>Write the copy again</source>
        <translation>控えを作成し直す</translation>
    </message>
    <message>
        <location filename="../../qml/pages/LecturePage.qml" line="337" />
        <source>Write the copy</source>
        <translation>控えを作成する</translation>
    </message>
    <message>
        <location filename="../../qml/pages/LecturePage.qml" line="354" />
        <source>Writing the customer's copy…</source>
        <translation>お客様控えを作成しています…</translation>
    </message>
    <message>
        <location filename="../../qml/pages/LecturePage.qml" line="356" />
        <source>Saved as %1</source>
        <translation>%1 に保存しました</translation>
    </message>
    <message>
        <location filename="../../qml/pages/LecturePage.qml" line="357" />
        <source>The copy has not been written yet.</source>
        <translation>控えはまだ作成されていません。</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <location filename="../../qml/pages/LockPage.qml" line="68" />
        <source>Kakunin</source>
        <translation>確認</translation>
    </message>
    <message>
        <location filename="../../qml/pages/LockPage.qml" line="76" />
        <source>Compliant sales and delivery records</source>
        <translation>適正な販売・納品の記録</translation>
    </message>
    <message>
        <location filename="../../qml/pages/LockPage.qml" line="85" />
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../qml/pages/LockPage.qml" line="100" />
        <source>Welcome. Choose a PIN of at least 6 digits to protect the records on this tablet.</source>
        <translation>ようこそ。このタブレットの記録を守るため、6桁以上の暗証番号を決めてください。</translation>
    </message>
    <message>
        <location filename="../../qml/pages/LockPage.qml" line="101" />
        <source>Enter the same PIN again to confirm it.</source>
        <translation>確認のため、同じ暗証番号をもう一度入力してください。</translation>
    </message>
    <message>
        <location filename="../../qml/pages/LockPage.qml" line="102" />
        <source>Enter your PIN to unlock.</source>
        <translation>暗証番号を入力してロックを解除してください。</translation>
    </message>
    <message>
        <location filename="../../qml/pages/LockPage.qml" line="138" />
        <source>Setting up the encrypted store…</source>
        <translation>暗号化された保存領域を準備しています…</translation>
    </message>
    <message>
        <location filename="../../qml/pages/LockPage.qml" line="138" />
        <source>Unlocking…</source>
        <translation>ロックを解除しています…</translation>
    </message>
    <message>
        <location filename="../../qml/pages/LockPage.qml" line="178" />
        <source>Passphrase</source>
        <translation>パスフレーズ</translation>
    </message>
    <message>
        <location filename="../../qml/pages/LockPage.qml" line="189" />
        <source>Continue</source>
        <translation>次へ進む</translation>
    </message>
    <message>
        <location filename="../../qml/pages/LockPage.qml" line="189" />
        <source>Unlock</source>
        <translation>ロック解除</translation>
    </message>
    <message>
        <location filename="../../qml/pages/LockPage.qml" line="197" />
        <source>Use a passphrase instead</source>
        <translation>暗証番号の代わりにパスフレーズを使う</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../qml/Main.qml" line="13" />
        <source>Kakunin</source>
        <translation>確認</translation>
    </message>
</context>
<context>
    <name>MatterItem</name>
    <message>
        <location filename="../../qml/components/MatterItem.qml" line="49" />
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../qml/components/MatterItem.qml" line="65" />
        <source>%1 of %2 confirmed</source>
        <translation>%2 項目中 %1 項目確認済み</translation>
    </message>
    <message>
        <location filename="../../qml/components/MatterItem.qml" line="116" />
        <source>More text below: scroll to read it all.</source>
        <translation>続きがあります。スクロールして最後までお読みください。</translation>
    </message>
    <message>
        <location filename="../../qml/components/MatterItem.qml" line="156" />
        <source>Confirmed</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <location filename="../../qml/components/MatterItem.qml" line="156" />
        <source>I understand</source>
        <translation>確認しました</translation>
    </message>
    <message>
        <location filename="../../qml/components/MatterItem.qml" line="183" />
        <source>Previous item</source>
        <translation>前の項目へ</translation>
    </message>
    <message>
        <location filename="../../qml/components/MatterItem.qml" line="194" />
        <source>Confirm this item to go on.</source>
        <translation>この項目を確認すると次へ進めます。</translation>
    </message>
    <message>
        <location filename="../../qml/components/MatterItem.qml" line="211" />
        <source>Continue</source>
        <translation>次へ進む</translation>
    </message>
    <message>
        <location filename="../../qml/components/MatterItem.qml" line="211" />
        <source>Next item</source>
        <translation>次の項目へ</translation>
    </message>
</context>
<context>
    <name>NewCustomerPage</name>
    <message>
        <location filename="../../qml/pages/NewCustomerPage.qml" line="34" />
        <source>Edit customer details</source>
        <translation>お客様情報の編集</translation>
    </message>
    <message>
        <location filename="../../qml/pages/NewCustomerPage.qml" line="34" />
        <source>New customer</source>
        <translation>新規のお客様</translation>
    </message>
    <message>
        <location filename="../../qml/pages/NewCustomerPage.qml" line="53" />
        <source>Customer details</source>
        <translation>お客様情報</translation>
    </message>
    <message>
        <location filename="../../qml/pages/NewCustomerPage.qml" line="53" />
        <source>Register a prospect</source>
        <translation>見込み客の登録</translation>
    </message>
    <message>
        <location filename="../../qml/pages/NewCustomerPage.qml" line="66" />
        <source>Name (required)</source>
        <translation>お名前（必須）</translation>
    </message>
    <message>
        <location filename="../../qml/pages/NewCustomerPage.qml" line="67" />
        <source>e.g. 佐藤 健一</source>
        <translation>例：佐藤 健一</translation>
    </message>
    <message>
        <location filename="../../qml/pages/NewCustomerPage.qml" line="78" />
        <source>Reading in kana (required)</source>
        <translation>フリガナ（必須）</translation>
    </message>
    <message>
        <location filename="../../qml/pages/NewCustomerPage.qml" line="79" />
        <source>e.g. サトウ ケンイチ</source>
        <translation>例：サトウ ケンイチ</translation>
    </message>
    <message>
        <location filename="../../qml/pages/NewCustomerPage.qml" line="80" />
        <source>Lets you find the customer by kana or romaji.</source>
        <translation>かなやローマ字で検索できるようになります。</translation>
    </message>
    <message>
        <location filename="../../qml/pages/NewCustomerPage.qml" line="91" />
        <source>Business name</source>
        <translation>屋号</translation>
    </message>
    <message>
        <location filename="../../qml/pages/NewCustomerPage.qml" line="92" />
        <source>e.g. 佐藤工務店</source>
        <translation>例：佐藤工務店</translation>
    </message>
    <message>
        <location filename="../../qml/pages/NewCustomerPage.qml" line="103" />
        <source>Representative</source>
        <translation>代表者</translation>
    </message>
    <message>
        <location filename="../../qml/pages/NewCustomerPage.qml" line="114" />
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <location filename="../../qml/pages/NewCustomerPage.qml" line="115" />
        <source>e.g. 03-1234-5678</source>
        <translation>例：03-1234-5678</translation>
    </message>
    <message>
        <location filename="../../qml/pages/NewCustomerPage.qml" line="126" />
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <location filename="../../qml/pages/NewCustomerPage.qml" line="154" />
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../qml/pages/NewCustomerPage.qml" line="163" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../qml/pages/NewCustomerPage.qml" line="163" />
        <source>Register</source>
        <translation>登録</translation>
    </message>
</context>
<context>
    <name>NextContractsPanel</name>
    <message>
        <location filename="../../qml/components/NextContractsPanel.qml" line="42" />
        <source>Next for me</source>
        <translation>次に対応する契約</translation>
    </message>
    <message>
        <location filename="../../qml/components/NextContractsPanel.qml" line="169" />
        <source>No contract needs you now.</source>
        <translation>現在対応が必要な契約はありません。</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <location filename="../../qml/components/PageHeader.qml" line="28" />
        <source>Back</source>
        <translation>戻る</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../qml/components/PinPad.qml" line="44" />
        <source>Enter PIN</source>
        <translation>暗証番号を入力</translation>
    </message>
    <message>
        <location filename="../../qml/components/PinPad.qml" line="112" />
        <source>Delete last digit</source>
        <translation>1文字削除</translation>
    </message>
    <message>
        <location filename="../../qml/components/PinPad.qml" line="123" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>ProfileSheetForm</name>
    <message>
        <location filename="../../qml/components/ProfileSheetForm.qml" line="22" />
        <source>Profile sheet</source>
        <translation>代表者経歴シート</translation>
    </message>
    <message>
        <location filename="../../qml/components/ProfileSheetForm.qml" line="50" />
        <source>Representative's year of birth</source>
        <translation>代表者の生まれ年（西暦）</translation>
    </message>
    <message>
        <location filename="../../qml/components/ProfileSheetForm.qml" line="52" />
        <source>e.g. 1968</source>
        <translation>例：1968</translation>
    </message>
    <message>
        <location filename="../../qml/components/ProfileSheetForm.qml" line="66" />
        <source>or age this year</source>
        <translation>または今年の年齢</translation>
    </message>
    <message>
        <location filename="../../qml/components/ProfileSheetForm.qml" line="83" />
        <source>Years in business</source>
        <translation>事業歴（年）</translation>
    </message>
    <message>
        <location filename="../../qml/components/ProfileSheetForm.qml" line="98" />
        <source>Years in this trade</source>
        <translation>この業界の経験年数（年）</translation>
    </message>
    <message>
        <location filename="../../qml/components/ProfileSheetForm.qml" line="112" />
        <source>Business form</source>
        <translation>事業形態</translation>
    </message>
    <message>
        <location filename="../../qml/components/ProfileSheetForm.qml" line="121" />
        <source>Smartphone use</source>
        <translation>スマートフォンの利用</translation>
    </message>
    <message>
        <location filename="../../qml/components/ProfileSheetForm.qml" line="130" />
        <source>What the representative can do on a PC</source>
        <translation>パソコンでできること</translation>
    </message>
    <message>
        <location filename="../../qml/components/ProfileSheetForm.qml" line="138" />
        <source>IT products in use</source>
        <translation>利用中のIT製品・サービス</translation>
    </message>
    <message>
        <location filename="../../qml/components/ProfileSheetForm.qml" line="162" />
        <source>%1  ✕</source>
        <translation>%1  ✕</translation>
    </message>
    <message>
        <location filename="../../qml/components/ProfileSheetForm.qml" line="184" />
        <source>e.g. accounting software, online banking</source>
        <translation>例：会計ソフト、ネットバンキング</translation>
    </message>
    <message>
        <location filename="../../qml/components/ProfileSheetForm.qml" line="191" />
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../../qml/components/ProfileSheetForm.qml" line="204" />
        <source>IT literacy: %1</source>
        <translation>ITリテラシー：%1</translation>
    </message>
    <message>
        <location filename="../../qml/components/ProfileSheetForm.qml" line="219" />
        <source>Screening declarations</source>
        <translation>審査のための申告</translation>
    </message>
    <message>
        <location filename="../../qml/components/ProfileSheetForm.qml" line="228" />
        <source>The representative is %1 or older: a successor must be present, hear the explanation and sign too.</source>
        <translation>代表者が%1歳以上のため、後継者の方の同席、説明の聴取および署名が必要です。</translation>
    </message>
    <message>
        <location filename="../../qml/components/ProfileSheetForm.qml" line="238" />
        <source>A successor is present and hears the explanation</source>
        <translation>後継者が同席し、説明を受ける</translation>
    </message>
    <message>
        <location filename="../../qml/components/ProfileSheetForm.qml" line="249" />
        <source>The successor will sign the contract too</source>
        <translation>後継者も契約書に署名する</translation>
    </message>
    <message>
        <location filename="../../qml/components/ProfileSheetForm.qml" line="259" />
        <source>The representative declares going full-time</source>
        <translation>代表者が専業化を申告する</translation>
    </message>
    <message>
        <location filename="../../qml/components/ProfileSheetForm.qml" line="268" />
        <source>Antisocial forces (the signed declaration is part of the explanation)</source>
        <translation>反社会的勢力について（署名による表明は重要事項説明で行います）</translation>
    </message>
    <message>
        <location filename="../../qml/components/ProfileSheetForm.qml" line="293" />
        <source>Screening if recorded now: %1</source>
        <translation>この内容で記録した場合の審査結果：%1</translation>
    </message>
    <message>
        <location filename="../../qml/components/ProfileSheetForm.qml" line="310" />
        <source>✕ %1</source>
        <translation>✕ %1</translation>
    </message>
    <message>
        <location filename="../../qml/components/ProfileSheetForm.qml" line="327" />
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <location filename="../../qml/components/ProfileSheetForm.qml" line="358" />
        <source>Record the new profile and screening</source>
        <translation>経歴シートと審査結果を記録し直す</translation>
    </message>
    <message>
        <location filename="../../qml/components/ProfileSheetForm.qml" line="358" />
        <source>Record profile and screening</source>
        <translation>経歴シートと審査結果を記録</translation>
    </message>
    <message>
        <location filename="../../qml/components/ProfileSheetForm.qml" line="378" />
        <source>Record a refusal?</source>
        <translation>契約対象外として記録しますか？</translation>
    </message>
    <message>
        <location filename="../../qml/components/ProfileSheetForm.qml" line="382" />
        <source>Back to the sheet</source>
        <translation>シートに戻る</translation>
    </message>
    <message>
        <location filename="../../qml/components/ProfileSheetForm.qml" line="388" />
        <source>Record the refusal</source>
        <translation>見送りを記録する</translation>
    </message>
    <message>
        <location filename="../../qml/components/ProfileSheetForm.qml" line="397" />
        <source>The screening refuses this prospect. Once recorded, no visit, explanation or contract is possible for them, and the sheet cannot be changed on the tablet.</source>
        <translation>審査の結果、このお客様は契約対象外となります。記録すると、訪問・説明・契約のいずれもできなくなり、タブレットで経歴シートを変更することもできません。</translation>
    </message>
</context>
<context>
    <name>SettingsAbout</name>
    <message>
        <location filename="../../qml/components/SettingsAbout.qml" line="52" />
        <source>App version</source>
        <translation>アプリのバージョン</translation>
    </message>
    <message>
        <location filename="../../qml/components/SettingsAbout.qml" line="58" />
        <source>Device ID</source>
        <translation>端末ID</translation>
    </message>
    <message>
        <location filename="../../qml/components/SettingsAbout.qml" line="64" />
        <source>Signed in</source>
        <translation>利用者</translation>
    </message>
    <message>
        <location filename="../../qml/components/SettingsAbout.qml" line="65" />
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../qml/components/SettingsAbout.qml" line="70" />
        <source>Policy version</source>
        <translation>ポリシーのバージョン</translation>
    </message>
    <message>
        <location filename="../../qml/components/SettingsAbout.qml" line="76" />
        <source>Records</source>
        <translation>記録</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/components/SettingsAbout.qml" line="77" />
        <source>%n record(s) on this tablet</source>
        <translation><numerusform>このタブレットの記録 %n 件</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/components/SettingsAbout.qml" line="83" />
        <source>Content packs</source>
        <translation>コンテンツパック</translation>
    </message>
    <message>
        <location filename="../../qml/components/SettingsAbout.qml" line="103" />
        <source>%1, version %2
hash %3</source>
        <translation>%1、バージョン %2
ハッシュ %3</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="20" />
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="54" />
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="64" />
        <source>PIN</source>
        <translation>暗証番号</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="86" />
        <source>About this tablet</source>
        <translation>このタブレットについて</translation>
    </message>
</context>
<context>
    <name>SettingsPinChange</name>
    <message>
        <location filename="../../qml/components/SettingsPinChange.qml" line="32" />
        <source>Use at least 6 digits, or a passphrase of at least 8 characters. The records are not re-encrypted; only the key is locked with the new PIN.</source>
        <translation>6桁以上の数字、または8文字以上のパスフレーズを使ってください。記録は暗号化し直さず、データを開く鍵だけを新しい暗証番号で保護します。</translation>
    </message>
    <message>
        <location filename="../../qml/components/SettingsPinChange.qml" line="46" />
        <source>Current PIN</source>
        <translation>現在の暗証番号</translation>
    </message>
    <message>
        <location filename="../../qml/components/SettingsPinChange.qml" line="59" />
        <source>New PIN</source>
        <translation>新しい暗証番号</translation>
    </message>
    <message>
        <location filename="../../qml/components/SettingsPinChange.qml" line="72" />
        <source>New PIN again</source>
        <translation>新しい暗証番号（確認）</translation>
    </message>
    <message>
        <location filename="../../qml/components/SettingsPinChange.qml" line="95" />
        <source>Change PIN</source>
        <translation>暗証番号を変更</translation>
    </message>
    <message>
        <location filename="../../qml/components/SettingsPinChange.qml" line="114" />
        <source>Changing the PIN…</source>
        <translation>暗証番号を変更しています…</translation>
    </message>
    <message>
        <location filename="../../qml/components/SettingsPinChange.qml" line="134" />
        <source>The PIN was changed. Use the new PIN from the next unlock.</source>
        <translation>暗証番号を変更しました。次回のロック解除から新しい暗証番号をお使いください。</translation>
    </message>
</context>
<context>
    <name>SignatureField</name>
    <message>
        <location filename="../../qml/components/SignatureField.qml" line="57" />
        <source>Sign here with your finger or pen</source>
        <translation>指またはペンでここに署名してください</translation>
    </message>
    <message>
        <location filename="../../qml/components/SignatureField.qml" line="97" />
        <source>Undo stroke</source>
        <translation>1画戻す</translation>
    </message>
    <message>
        <location filename="../../qml/components/SignatureField.qml" line="107" />
        <source>Clear</source>
        <translation>消去</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../../qml/components/SyncPanel.qml" line="44" />
        <source>Head office</source>
        <translation>本部</translation>
    </message>
    <message>
        <location filename="../../qml/components/SyncPanel.qml" line="127" />
        <source>Enrollment code</source>
        <translation>登録コード</translation>
    </message>
    <message>
        <location filename="../../qml/components/SyncPanel.qml" line="135" />
        <source>Enroll</source>
        <translation>登録する</translation>
    </message>
    <message>
        <location filename="../../qml/components/SyncPanel.qml" line="146" />
        <source>Syncing…</source>
        <translation>同期中…</translation>
    </message>
    <message>
        <location filename="../../qml/components/SyncPanel.qml" line="146" />
        <source>Sync now</source>
        <translation>今すぐ同期</translation>
    </message>
</context>
<context>
    <name>TimelineCancelDialog</name>
    <message>
        <location filename="../../qml/components/TimelineCancelDialog.qml" line="22" />
        <source>Cancel the contract</source>
        <translation>契約の解約</translation>
    </message>
    <message>
        <location filename="../../qml/components/TimelineCancelDialog.qml" line="75" />
        <source>Name of the customer who signs</source>
        <translation>署名されるお客様のお名前</translation>
    </message>
    <message>
        <location filename="../../qml/components/TimelineCancelDialog.qml" line="97" />
        <source>Reason, in the customer's words (optional)</source>
        <translation>解約の理由（お客様のお言葉で・任意）</translation>
    </message>
    <message>
        <location filename="../../qml/components/TimelineCancelDialog.qml" line="109" />
        <source>Customer's signature</source>
        <translation>お客様の署名</translation>
    </message>
    <message>
        <location filename="../../qml/components/TimelineCancelDialog.qml" line="133" />
        <source>Keep the contract</source>
        <translation>解約しない</translation>
    </message>
    <message>
        <location filename="../../qml/components/TimelineCancelDialog.qml" line="142" />
        <source>Record the cancellation</source>
        <translation>解約を記録する</translation>
    </message>
</context>
<context>
    <name>TimelineEventRow</name>
    <message>
        <location filename="../../qml/components/TimelineEventRow.qml" line="140" />
        <source>Refused by the rules: %1</source>
        <translation>ルールにより受け付けられませんでした：%1</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <location filename="../../qml/pages/TimelinePage.qml" line="28" />
        <source>Contract: %1</source>
        <translation>契約：%1 様</translation>
    </message>
    <message>
        <location filename="../../qml/pages/TimelinePage.qml" line="28" />
        <source>Contract</source>
        <translation>契約</translation>
    </message>
    <message>
        <location filename="../../qml/pages/TimelinePage.qml" line="77" />
        <source>Timeline</source>
        <translation>経過</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/pages/TimelinePage.qml" line="85" />
        <source>%n record(s)</source>
        <translation><numerusform>%n 件の記録</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/pages/TimelinePage.qml" line="125" />
        <source>No record of this contract on this tablet.</source>
        <translation>このタブレットにはこの契約の記録がありません。</translation>
    </message>
</context>
<context>
    <name>TimelineSideCard</name>
    <message>
        <location filename="../../qml/components/TimelineSideCard.qml" line="80" />
        <source>Disputed</source>
        <translation>紛争中</translation>
    </message>
    <message>
        <location filename="../../qml/components/TimelineSideCard.qml" line="80" />
        <source>On hold</source>
        <translation>保留中</translation>
    </message>
    <message>
        <location filename="../../qml/components/TimelineSideCard.qml" line="93" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../qml/components/TimelineSideCard.qml" line="143" />
        <source>Dates</source>
        <translation>日程</translation>
    </message>
    <message>
        <location filename="../../qml/components/TimelineSideCard.qml" line="152" />
        <source>Cooling-off</source>
        <translation>クーリングオフ</translation>
    </message>
    <message>
        <location filename="../../qml/components/TimelineSideCard.qml" line="162" />
        <source>Concluded</source>
        <translation>契約日</translation>
    </message>
    <message>
        <location filename="../../qml/components/TimelineSideCard.qml" line="169" />
        <source>Delivered</source>
        <translation>納品日</translation>
    </message>
    <message>
        <location filename="../../qml/components/TimelineSideCard.qml" line="176" />
        <source>Trial period</source>
        <translation>お試し期間</translation>
    </message>
    <message>
        <location filename="../../qml/components/TimelineSideCard.qml" line="184" />
        <source>Use confirmed</source>
        <translation>利用確認日</translation>
    </message>
    <message>
        <location filename="../../qml/components/TimelineSideCard.qml" line="191" />
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../../qml/components/TimelineSideCard.qml" line="198" />
        <source>Cancelled</source>
        <translation>解約済み</translation>
    </message>
    <message>
        <location filename="../../qml/components/TimelineSideCard.qml" line="207" />
        <source>Confirmation calls by head office</source>
        <translation>本部による確認コール</translation>
    </message>
    <message>
        <location filename="../../qml/components/TimelineSideCard.qml" line="240" />
        <source>Call results reach this tablet with the next sync.</source>
        <translation>確認コールの結果は、次回の同期でこのタブレットに届きます。</translation>
    </message>
    <message>
        <location filename="../../qml/components/TimelineSideCard.qml" line="263" />
        <source>Continue the explanation</source>
        <translation>説明を続ける</translation>
    </message>
    <message>
        <location filename="../../qml/components/TimelineSideCard.qml" line="293" />
        <source>Cancellation</source>
        <translation>解約</translation>
    </message>
    <message>
        <location filename="../../qml/components/TimelineSideCard.qml" line="316" />
        <source>Cancel the contract…</source>
        <translation>契約を解約する…</translation>
    </message>
</context>
<context>
    <name>TimelineText</name>
    <message numerus="yes">
        <location filename="../../app/models/timelinetext.cpp" line="96" />
        <source>%n min</source>
        <translation><numerusform>%n 分</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="97" />
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="109" />
        <source>No contract</source>
        <translation>契約なし</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="111" />
        <source>Explaining the important matters</source>
        <translation>重要事項の説明中</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="113" />
        <source>Concluded: waiting for the first confirmation call (C1)</source>
        <translation>契約済み：1回目の確認コール（C1）待ち</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="115" />
        <source>Delivery lecture in progress</source>
        <translation>納品講習の実施中</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="115" />
        <source>Ready for the delivery lecture</source>
        <translation>納品講習の準備完了</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="117" />
        <source>Delivered: waiting for the second confirmation call (C2)</source>
        <translation>納品済み：2回目の確認コール（C2）待ち</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="119" />
        <source>C2 clean: the trial period starts next</source>
        <translation>C2 問題なし：次はお試し期間の開始</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="121" />
        <source>In the trial period</source>
        <translation>お試し期間中</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="123" />
        <source>Use confirmed: waiting for the inspection call (C3)</source>
        <translation>利用確認済み：検収コール（C3）待ち</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="125" />
        <source>All three calls clean: head office decides the start</source>
        <translation>3回の確認コールすべて問題なし：本部が開始を判断します</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="127" />
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="129" />
        <source>Started: in follow-up</source>
        <translation>開始済み：フォローアップ中</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="131" />
        <source>Cancelled</source>
        <translation>解約済み</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="133" />
        <source>Credit contract cancelled</source>
        <translation>立替払い契約の取消済み</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="148" />
        <source>Cooling-off starts when the contract is concluded.</source>
        <translation>クーリングオフ期間は契約締結の時点から始まります。</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="151" />
        <source>Cooling-off ended on %1</source>
        <translation>クーリングオフ期間は %1 に終了しました</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="153" />
        <source>Cooling-off until %1 (last day today)</source>
        <translation>クーリングオフ期限 %1（本日が最終日）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/models/timelinetext.cpp" line="154" />
        <source>Cooling-off until %1 (%n day(s) left)</source>
        <translation><numerusform>クーリングオフ期限 %1（残り %n 日）</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="160" />
        <source>Nothing more: the contract has ended.</source>
        <translation>対応は不要です：この契約は終了しています。</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="162" />
        <source>Head office works on the dispute; the contract waits until it is settled.</source>
        <translation>本部が紛争に対応しています。解決するまで契約は進みません。</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="164" />
        <source>Head office resolves the problem the %1 call found, then calls again.</source>
        <translation>%1 コールで見つかった問題を本部が解決し、改めてお電話します。</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="169" />
        <source>Continue the explanation: %1 of %2 items confirmed.</source>
        <translation>説明の続き：%2 項目中 %1 項目を確認済み。</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="171" />
        <source>Head office makes the first confirmation call (C1).</source>
        <translation>本部が1回目の確認コール（C1）を行います。</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="173" />
        <source>The installer continues the delivery lecture: %1 of %2 items taught.</source>
        <translation>納品担当が納品講習を続けます：%2 項目中 %1 項目を説明済み。</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="176" />
        <source>The installer gives the delivery lecture at the customer's site.</source>
        <translation>納品担当がお客様先で納品講習を行います。</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="178" />
        <source>Head office makes the second confirmation call (C2).</source>
        <translation>本部が2回目の確認コール（C2）を行います。</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="180" />
        <source>The trial period starts.</source>
        <translation>お試し期間が始まります。</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="182" />
        <source>The customer uses the product; after the trial, head office asks for the confirmation of use.</source>
        <translation>お客様に製品をお使いいただき、お試し期間の後に本部が利用確認を行います。</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="184" />
        <source>Head office makes the inspection call (C3).</source>
        <translation>本部が検収コール（C3）を行います。</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="186" />
        <source>Head office decides the start.</source>
        <translation>本部が契約開始を判断します。</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="189" />
        <source>Follow-up: head office watches the use and offers a free re-lecture when needed (P5).</source>
        <translation>フォローアップ：本部が利用状況を確認し、必要に応じて無償の再講習をご案内します（P5）。</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="201" />
        <source>Cooling-off: free of charge</source>
        <translation>クーリングオフ：無償</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="203" />
        <source>Free: no cost incurred yet</source>
        <translation>無償：費用はまだ発生していません</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="205" />
        <source>With cost</source>
        <translation>費用が発生します</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="209" />
        <source>Not possible now</source>
        <translation>現在は解約できません</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="216" />
        <source>The customer is within the cooling-off period: the contract can be cancelled free of charge, without giving a reason.</source>
        <translation>クーリングオフ期間中です。理由を問わず、無償で解約できます。</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="219" />
        <source>The cooling-off period has ended. Cancelling is still free, because head office has not placed an order with cost yet.</source>
        <translation>クーリングオフ期間は終了しましたが、本部はまだ費用の発生する発注をしていないため、引き続き無償で解約できます。</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="222" />
        <source>The cooling-off period has ended and head office placed an order with cost on %1. The customer may have to bear that cost.</source>
        <translation>クーリングオフ期間は終了し、本部が %1 に費用の発生する発注を行っています。その費用をお客様にご負担いただく場合があります。</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="237" />
        <source>This contract has already ended (cancelled or credit contract cancelled). Nothing more can be recorded for it.</source>
        <translation>この契約はすでに終了しています（解約済み、または立替払い契約の取消済み）。これ以上記録することはできません。</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="240" />
        <source>This is not possible at the contract's current stage.</source>
        <translation>契約の現在の段階では行えません。</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="242" />
        <source>The contract is on hold until head office resolves the problem a call found.</source>
        <translation>確認コールで見つかった問題を本部が解決するまで、契約は保留中です。</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="244" />
        <source>The contract makes no progress while a dispute is open.</source>
        <translation>紛争中のため、契約は進みません。</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="246" />
        <source>The call does not fit the contract's stage.</source>
        <translation>この確認コールは契約の現在の段階に合っていません。</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="248" />
        <source>Confirmation calls are made without the sales rep (M2).</source>
        <translation>確認コールは営業担当を介さずに行います（M2）。</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="250" />
        <source>The inspection call (C3) is made by someone other than the installer (M2).</source>
        <translation>検収コール（C3）は納品担当以外の者が行います（M2）。</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="252" />
        <source>The lecture is shorter than the minimum time (D1).</source>
        <translation>講習時間が最低時間に達していません（D1）。</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="254" />
        <source>Some lecture items are not taught or not understood yet (D2).</source>
        <translation>説明していない、またはご理解いただけていない講習項目があります（D2）。</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="256" />
        <source>The trial period has not ended yet (D3).</source>
        <translation>お試し期間がまだ終わっていません（D3）。</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="258" />
        <source>A product that was never used cannot start (D3).</source>
        <translation>一度も使われていない製品の契約は開始できません（D3）。</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="260" />
        <source>The signature does not cover the content that was shown.</source>
        <translation>署名が、表示された内容に対応していません。</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="264" />
        <source>Refused by the rules (%1).</source>
        <translation>ルールにより受け付けられませんでした（%1）。</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="272" />
        <source>a guarantee of results was mentioned (S1)</source>
        <translation>成果の保証を示す説明があった（S1）</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="274" />
        <source>the sales conduct was not as agreed (S2)</source>
        <translation>営業時の対応が適切でなかった（S2）</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="276" />
        <source>the lecture was not as required (D1, D2)</source>
        <translation>講習が規定どおりでなかった（D1・D2）</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="278" />
        <source>the product was not used (D3)</source>
        <translation>製品が使われていない（D3）</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="287" />
        <source>Explanation of the important matters started</source>
        <translation>重要事項の説明を開始</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="289" />
        <source>Item explained</source>
        <translation>項目を説明</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="291" />
        <source>Item confirmed by the customer</source>
        <translation>お客様が項目を確認</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="293" />
        <source>Rep attested that no guarantee was given (S1)</source>
        <translation>営業担当が保証をしていないことを表明（S1）</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="297" />
        <source>Important matters signed by the customer</source>
        <translation>お客様が重要事項説明書に署名</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="299" />
        <source>Important matters signed by the successor</source>
        <translation>後継者様が重要事項説明書に署名</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="300" />
        <source>Important matters signed by the sales rep</source>
        <translation>営業担当が重要事項説明書に署名</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="303" />
        <source>Contract concluded</source>
        <translation>契約締結</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="305" />
        <source>Confirmation call %1</source>
        <translation>確認コール %1</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="307" />
        <source>Hold resolved by head office</source>
        <translation>本部が保留を解除</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="309" />
        <source>Delivery lecture started</source>
        <translation>納品講習を開始</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="311" />
        <source>Lecture paused</source>
        <translation>講習を一時停止</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="313" />
        <source>Lecture resumed</source>
        <translation>講習を再開</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="315" />
        <source>Lecture item taught</source>
        <translation>講習項目を説明</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="317" />
        <source>Lecture item understood by the customer</source>
        <translation>お客様が講習項目を理解</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="319" />
        <source>Delivery confirmation signed by the customer</source>
        <translation>お客様が納品確認書に署名</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="321" />
        <source>Trial period started</source>
        <translation>お試し期間を開始</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="323" />
        <source>Use confirmed by the customer</source>
        <translation>お客様が利用を確認</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="325" />
        <source>Contract started</source>
        <translation>契約開始</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="327" />
        <source>Follow-up</source>
        <translation>フォローアップ</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="329" />
        <source>Use reported</source>
        <translation>利用状況の報告</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="331" />
        <source>Order with cost placed</source>
        <translation>費用の発生する発注</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="333" />
        <source>Contract cancelled</source>
        <translation>契約解約</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="335" />
        <source>Dispute opened</source>
        <translation>紛争の申し立て</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="337" />
        <source>Dispute resolved</source>
        <translation>紛争の解決</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="339" />
        <source>Credit contract cancelled (P6)</source>
        <translation>立替払い契約の取消（P6）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/models/timelinetext.cpp" line="350" />
        <location filename="../../app/models/timelinetext.cpp" line="385" />
        <source>%n item(s)</source>
        <translation><numerusform>%n 項目</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="351" />
        <source>content version %1</source>
        <translation>内容の版 %1</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="354" />
        <source>%1 of %2: %3</source>
        <translation>%1 / %2：%3</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="362" />
        <source>seal affixed on paper</source>
        <translation>紙面に押印</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="363" />
        <source>seal recorded as an image</source>
        <translation>印影を画像で記録</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="367" />
        <source>Cooling-off %1 days, trial %2 days, lecture at least %3</source>
        <translation>クーリングオフ %1 日・お試し期間 %2 日・講習は最低 %3</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="374" />
        <source>Not reached: head office will call again</source>
        <translation>不在：本部が改めてお電話します</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="376" />
        <source>Problem found: %1. The contract is on hold.</source>
        <translation>問題あり：%1。契約は保留中です。</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="378" />
        <source>No problem found</source>
        <translation>問題なし</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="384" />
        <source>Extended lecture</source>
        <translation>丁寧コースの講習</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="384" />
        <source>Standard lecture</source>
        <translation>標準コースの講習</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="389" />
        <source>%1 of lecture so far</source>
        <translation>これまでの講習時間 %1</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="397" />
        <source>%1 of lecture</source>
        <translation>講習時間 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/models/timelinetext.cpp" line="402" />
        <source>%n day(s), until %1</source>
        <translation><numerusform>%n 日間（%1 まで）</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="406" />
        <source>Used, no defects, agrees to the start</source>
        <translation>利用あり・不具合なし・開始に同意</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="410" />
        <source>Free re-lecture (P5)</source>
        <translation>無償の再講習（P5）</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="411" />
        <source>Call about lapsed use (P5)</source>
        <translation>利用が途絶えたことについてのお電話（P5）</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="412" />
        <source>Check</source>
        <translation>確認</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="416" />
        <source>Last used on %1</source>
        <translation>最終利用日 %1</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="418" />
        <source>Order %1 · ¥%2</source>
        <translation>発注 %1 · %2 円</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="421" />
        <source>signed by the customer</source>
        <translation>お客様が署名</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="422" />
        <source>signed by %1</source>
        <translation>%1 様が署名</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="427" />
        <source>The credit company's advance-payment contract is cancelled; customer and dealer settle the sales contract between them.</source>
        <translation>信販会社との立替払い契約を取り消しました。売買契約はお客様と販売店の間で解決していただきます。</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="435" />
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="437" />
        <source>Sales rep %1</source>
        <translation>営業担当 %1</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="439" />
        <source>Installer %1</source>
        <translation>納品担当 %1</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="441" />
        <source>Head office %1</source>
        <translation>本部 %1</translation>
    </message>
</context>
<context>
    <name>TodayVisitsPanel</name>
    <message>
        <location filename="../../qml/components/TodayVisitsPanel.qml" line="37" />
        <source>Today's visits</source>
        <translation>本日の訪問</translation>
    </message>
    <message>
        <location filename="../../qml/components/TodayVisitsPanel.qml" line="148" />
        <source>No appointments today.</source>
        <translation>本日の訪問予定はありません。</translation>
    </message>
</context>
<context>
    <name>VisitBookingPopup</name>
    <message>
        <location filename="../../qml/components/VisitBookingPopup.qml" line="53" />
        <source>Book a visit</source>
        <translation>訪問を予約</translation>
    </message>
    <message>
        <location filename="../../qml/components/VisitBookingPopup.qml" line="62" />
        <source>Day</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../qml/components/VisitBookingPopup.qml" line="73" />
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../../qml/components/VisitBookingPopup.qml" line="143" />
        <source>Visit: %1</source>
        <translation>訪問：%1</translation>
    </message>
    <message>
        <location filename="../../qml/components/VisitBookingPopup.qml" line="180" />
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../qml/components/VisitBookingPopup.qml" line="189" />
        <source>Book visit</source>
        <translation>訪問を予約</translation>
    </message>
</context>
<context>
    <name>VisitPage</name>
    <message>
        <location filename="../../qml/pages/VisitPage.qml" line="39" />
        <source>Visit: %1</source>
        <translation>訪問：%1</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VisitPage.qml" line="39" />
        <source>Visit</source>
        <translation>訪問</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VisitPage.qml" line="45" />
        <source>Customer</source>
        <translation>お客様</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VisitPage.qml" line="93" />
        <source>Visit in progress</source>
        <translation>訪問中</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VisitPage.qml" line="93" />
        <source>Start the visit</source>
        <translation>訪問の開始</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VisitPage.qml" line="109" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VisitPage.qml" line="131" />
        <source>Customer declined</source>
        <translation>お客様からお断り</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VisitPage.qml" line="144" />
        <source>End visit</source>
        <translation>訪問を終了</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VisitPage.qml" line="167" />
        <source>Why is the visit at this time?</source>
        <translation>この時間に訪問する理由</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VisitPage.qml" line="180" />
        <source>Start visit</source>
        <translation>訪問を開始</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VisitPage.qml" line="212" />
        <source>Appointments</source>
        <translation>訪問予約</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VisitPage.qml" line="223" />
        <source>%1 (outside the allowed hours)</source>
        <translation>%1（訪問可能時間外）</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VisitPage.qml" line="233" />
        <source>No appointment booked.</source>
        <translation>訪問予約はありません。</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VisitPage.qml" line="244" />
        <source>Book a visit</source>
        <translation>訪問を予約</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VisitPage.qml" line="261" />
        <source>The customer declined?</source>
        <translation>お客様からお断りがありましたか？</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VisitPage.qml" line="265" />
        <source>Back to the visit</source>
        <translation>訪問に戻る</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VisitPage.qml" line="271" />
        <source>Record: the customer declined</source>
        <translation>お断りとして記録する</translation>
    </message>
</context>
<context>
    <name>VisitTimer</name>
    <message>
        <location filename="../../qml/components/VisitTimer.qml" line="67" />
        <source>%1 % of %2 min</source>
        <translation>%2分の%1％</translation>
    </message>
</context>
<context>
    <name>WalkthroughAttestation</name>
    <message>
        <location filename="../../qml/components/WalkthroughAttestation.qml" line="46" />
        <source>The customer confirmed all %1 items.</source>
        <translation>お客様がすべての項目（%1 項目）を確認しました。</translation>
    </message>
    <message>
        <location filename="../../qml/components/WalkthroughAttestation.qml" line="55" />
        <source>For the sales representative</source>
        <translation>営業担当者の方へ</translation>
    </message>
    <message>
        <location filename="../../qml/components/WalkthroughAttestation.qml" line="79" />
        <source>I did not promise or guarantee the customer any number of customers, any sales or any results from this product, neither in words nor in writing.</source>
        <translation>私は、お客様に対し、本商品による集客数・売上・成果を、口頭でも書面でも約束または保証していません。</translation>
    </message>
    <message>
        <location filename="../../qml/components/WalkthroughAttestation.qml" line="93" />
        <source>I attest that this is true.</source>
        <translation>上記に相違ないことを表明します。</translation>
    </message>
    <message>
        <location filename="../../qml/components/WalkthroughAttestation.qml" line="101" />
        <source>The attestation is recorded with the time and is asked again in every confirmation call from head office.</source>
        <translation>この表明は時刻とともに記録され、本部からの確認電話でも毎回確認されます。</translation>
    </message>
    <message>
        <location filename="../../qml/components/WalkthroughAttestation.qml" line="126" />
        <source>Back to the items</source>
        <translation>項目に戻る</translation>
    </message>
    <message>
        <location filename="../../qml/components/WalkthroughAttestation.qml" line="141" />
        <source>Attest and go to the signatures</source>
        <translation>表明して署名へ進む</translation>
    </message>
</context>
<context>
    <name>WalkthroughCopyView</name>
    <message>
        <location filename="../../qml/components/WalkthroughCopyView.qml" line="64" />
        <location filename="../../qml/components/WalkthroughCopyView.qml" line="121" />
        <source>Tap the page to enlarge it.</source>
        <translation>ページをタップすると拡大表示します。</translation>
    </message>
    <message>
        <location filename="../../qml/components/WalkthroughCopyView.qml" line="81" />
        <source>Preparing the customer's copy…</source>
        <translation>お客様控えを作成しています…</translation>
    </message>
    <message>
        <location filename="../../qml/components/WalkthroughCopyView.qml" line="92" />
        <source>The copy is ready. Its preview cannot be shown on this tablet; open the saved PDF to view it.</source>
        <translation>控えの作成が完了しました。このタブレットではプレビューを表示できません。保存した PDF を開いてご確認ください。</translation>
    </message>
    <message>
        <location filename="../../qml/components/WalkthroughCopyView.qml" line="115" />
        <source>Previous page</source>
        <translation>前のページ</translation>
    </message>
    <message>
        <location filename="../../qml/components/WalkthroughCopyView.qml" line="129" />
        <source>Page %1 / %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <location filename="../../qml/components/WalkthroughCopyView.qml" line="137" />
        <source>Next page</source>
        <translation>次のページ</translation>
    </message>
    <message>
        <location filename="../../qml/components/WalkthroughCopyView.qml" line="158" />
        <source>The contract is concluded.</source>
        <translation>契約が締結されました。</translation>
    </message>
    <message>
        <location filename="../../qml/components/WalkthroughCopyView.qml" line="167" />
        <source>Every item was explained and confirmed, and every signature is recorded. Here is the customer's copy of the important matters.</source>
        <translation>すべての項目の説明と確認が終わり、署名も記録されました。重要事項説明書のお客様控えは以下のとおりです。</translation>
    </message>
    <message>
        <location filename="../../qml/components/WalkthroughCopyView.qml" line="176" />
        <source>Record hash (also the QR code on the copy)</source>
        <translation>記録ハッシュ（控えの QR コードと同じ値です）</translation>
    </message>
    <message>
        <location filename="../../qml/components/WalkthroughCopyView.qml" line="197" />
        <source>The copy could not be made. The record is safe; try again.</source>
        <translation>控えを作成できませんでした。記録は保存されています。もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../qml/components/WalkthroughCopyView.qml" line="207" />
        <source>Make the copy again</source>
        <translation>控えを作成し直す</translation>
    </message>
    <message>
        <location filename="../../qml/components/WalkthroughCopyView.qml" line="218" />
        <source>Save copy</source>
        <translation>控えを保存</translation>
    </message>
    <message>
        <location filename="../../qml/components/WalkthroughCopyView.qml" line="218" />
        <source>Saved ✓</source>
        <translation>保存しました ✓</translation>
    </message>
    <message>
        <location filename="../../qml/components/WalkthroughCopyView.qml" line="228" />
        <source>Saved to %1</source>
        <translation>保存先：%1</translation>
    </message>
    <message>
        <location filename="../../qml/components/WalkthroughCopyView.qml" line="243" />
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../qml/components/WalkthroughCopyView.qml" line="298" />
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>WalkthroughPage</name>
    <message>
        <location filename="../../qml/pages/WalkthroughPage.qml" line="24" />
        <source>Important matters</source>
        <translation>重要事項説明</translation>
    </message>
    <message>
        <location filename="../../qml/pages/WalkthroughPage.qml" line="25" />
        <source>Important matters: %1</source>
        <translation>重要事項説明：%1</translation>
    </message>
    <message>
        <location filename="../../qml/pages/WalkthroughPage.qml" line="73" />
        <source>The important matters cannot be explained</source>
        <translation>重要事項説明を開始できません</translation>
    </message>
</context>
<context>
    <name>WalkthroughSession</name>
    <message>
        <location filename="../../app/models/walkthroughsession.cpp" line="42" />
        <source>en</source>
        <comment>language code of the important-matters texts: ja in the Japanese translation</comment>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>WalkthroughSignatureStep</name>
    <message>
        <location filename="../../qml/components/WalkthroughSignatureStep.qml" line="49" />
        <source>Signatures</source>
        <translation>署名</translation>
    </message>
    <message>
        <location filename="../../qml/components/WalkthroughSignatureStep.qml" line="96" />
        <source>Each signature covers every item as it was shown and confirmed, with the times.</source>
        <translation>署名は、表示・確認されたすべての項目とその時刻を対象とします。</translation>
    </message>
    <message>
        <location filename="../../qml/components/WalkthroughSignatureStep.qml" line="111" />
        <source>Signature: %1</source>
        <translation>署名：%1</translation>
    </message>
    <message>
        <location filename="../../qml/components/WalkthroughSignatureStep.qml" line="122" />
        <source>The sales representative signs last, confirming that every item was explained as shown.</source>
        <translation>営業担当者は最後に署名し、すべての項目を表示どおりに説明したことを確認します。</translation>
    </message>
    <message>
        <location filename="../../qml/components/WalkthroughSignatureStep.qml" line="123" />
        <source>By signing you confirm that every item was explained to you and that you understood it.</source>
        <translation>署名することで、すべての項目について説明を受け、内容を理解したことを確認します。</translation>
    </message>
    <message>
        <location filename="../../qml/components/WalkthroughSignatureStep.qml" line="134" />
        <source>Name</source>
        <translation>お名前</translation>
    </message>
    <message>
        <location filename="../../qml/components/WalkthroughSignatureStep.qml" line="146" />
        <source>Full name of the person signing</source>
        <translation>署名される方のお名前（フルネーム）</translation>
    </message>
    <message>
        <location filename="../../qml/components/WalkthroughSignatureStep.qml" line="181" />
        <source>Seal affixed on the paper copy</source>
        <translation>紙の控えに押印済み</translation>
    </message>
    <message>
        <location filename="../../qml/components/WalkthroughSignatureStep.qml" line="195" />
        <source>Sign</source>
        <translation>署名する</translation>
    </message>
</context>
<context>
    <name>kakunin::AppSession</name>
    <message>
        <location filename="../../app/models/appsession.cpp" line="48" />
        <source>The two PINs do not match.</source>
        <translation>2回入力した暗証番号が一致しません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/models/appsession.cpp" line="50" />
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation><numerusform>暗証番号の誤りが続いたため、%n 秒後に再度お試しください。</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/models/appsession.cpp" line="52" />
        <source>That PIN is not correct (%n failed attempt(s)).</source>
        <translation><numerusform>暗証番号が正しくありません（%n 回失敗）。</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/models/appsession.cpp" line="84" />
        <source>Sales rep</source>
        <translation>営業担当</translation>
    </message>
    <message>
        <location filename="../../app/models/appsession.cpp" line="86" />
        <source>Installer</source>
        <translation>納品担当</translation>
    </message>
</context>
<context>
    <name>kakunin::AppointmentForm</name>
    <message>
        <location filename="../../app/models/appointmentform.cpp" line="135" />
        <source>This is outside the allowed visit hours. The visit will need a recorded reason (the customer asked for this time, or their business hours).</source>
        <translation>訪問可能時間外です。訪問時に理由（お客様のご希望の時間、またはお客様の営業時間の都合）の記録が必要です。</translation>
    </message>
    <message>
        <location filename="../../app/models/appointmentform.cpp" line="171" />
        <source>The tablet is locked.</source>
        <translation>タブレットがロックされています。</translation>
    </message>
    <message>
        <location filename="../../app/models/appointmentform.cpp" line="173" />
        <source>This customer is not one of yours.</source>
        <translation>このお客様はご担当ではありません。</translation>
    </message>
    <message>
        <location filename="../../app/models/appointmentform.cpp" line="175" />
        <source>Only the sales representative books visits.</source>
        <translation>訪問の予約は営業担当者のみ行えます。</translation>
    </message>
    <message>
        <location filename="../../app/models/appointmentform.cpp" line="177" />
        <source>The screening refused this prospect: no visit can be booked.</source>
        <translation>審査の結果、契約対象外のため、訪問を予約できません。</translation>
    </message>
    <message>
        <location filename="../../app/models/appointmentform.cpp" line="179" />
        <source>This time has already passed. Choose a later time.</source>
        <translation>この時刻はすでに過ぎています。これより後の時刻を選んでください。</translation>
    </message>
    <message>
        <location filename="../../app/models/appointmentform.cpp" line="182" />
        <source>The customer declined a visit. No sales visit can be booked before %1.</source>
        <translation>お客様から訪問のお断りがありました。%1までは営業訪問を予約できません。</translation>
    </message>
    <message>
        <location filename="../../app/models/appointmentform.cpp" line="186" />
        <source>A visit is already booked at this time.</source>
        <translation>この時刻にはすでに訪問が予約されています。</translation>
    </message>
</context>
<context>
    <name>kakunin::AppointmentListModel</name>
    <message>
        <location filename="../../app/models/appointmentlistmodel.cpp" line="180" />
        <source>Booked</source>
        <translation>予約済み</translation>
    </message>
    <message>
        <location filename="../../app/models/appointmentlistmodel.cpp" line="182" />
        <source>Time to visit</source>
        <translation>訪問時刻です</translation>
    </message>
    <message>
        <location filename="../../app/models/appointmentlistmodel.cpp" line="184" />
        <source>Visit in progress</source>
        <translation>訪問中</translation>
    </message>
    <message>
        <location filename="../../app/models/appointmentlistmodel.cpp" line="186" />
        <source>Visited</source>
        <translation>訪問済み</translation>
    </message>
    <message>
        <location filename="../../app/models/appointmentlistmodel.cpp" line="188" />
        <source>Customer declined</source>
        <translation>お客様からお断り</translation>
    </message>
    <message>
        <location filename="../../app/models/appointmentlistmodel.cpp" line="190" />
        <source>No visit possible (screening)</source>
        <translation>訪問不可（審査結果）</translation>
    </message>
</context>
<context>
    <name>kakunin::ContractTimeline</name>
    <message>
        <location filename="../../app/models/contracttimeline.cpp" line="154" />
        <source>No such contract</source>
        <translation>該当する契約がありません</translation>
    </message>
    <message>
        <location filename="../../app/models/contracttimeline.cpp" line="189" />
        <source>Cooling-off until %1</source>
        <translation>クーリングオフ期限 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/models/contracttimeline.cpp" line="220" />
        <source>Starts after the C2 call (%n day(s))</source>
        <translation><numerusform>C2 コールの後に開始（%n 日間）</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/models/contracttimeline.cpp" line="224" />
        <source>Trial ended on %1: waiting for the customer's confirmation of use</source>
        <translation>お試し期間は %1 に終了：お客様の利用確認待ち</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/models/contracttimeline.cpp" line="225" />
        <source>Trial until %1 (%n day(s) left)</source>
        <translation><numerusform>お試し期間 %1 まで（残り %n 日）</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/models/contracttimeline.cpp" line="227" />
        <source>Trial %1 – %2</source>
        <translation>お試し期間 %1～%2</translation>
    </message>
    <message>
        <location filename="../../app/models/contracttimeline.cpp" line="250" />
        <source>Cancelled on %1 (%2)</source>
        <translation>%1 に解約（%2）</translation>
    </message>
    <message>
        <location filename="../../app/models/contracttimeline.cpp" line="253" />
        <source>Credit contract cancelled on %1 (P6)</source>
        <translation>%1 に立替払い契約を取消（P6）</translation>
    </message>
    <message>
        <location filename="../../app/models/contracttimeline.cpp" line="299" />
        <source>Clean: no problem found (%1)</source>
        <translation>問題なし（%1）</translation>
    </message>
    <message>
        <location filename="../../app/models/contracttimeline.cpp" line="301" />
        <source>Problem found (%1): %2</source>
        <translation>問題あり（%1）：%2</translation>
    </message>
    <message>
        <location filename="../../app/models/contracttimeline.cpp" line="305" />
        <source>Not made: the contract has ended</source>
        <translation>未実施：契約は終了しています</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/models/contracttimeline.cpp" line="309" />
        <source>Waiting for head office (%n attempt(s), not reached yet)</source>
        <translation><numerusform>本部からの連絡待ち（%n 回おかけしましたが、まだつながっていません）</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/models/contracttimeline.cpp" line="310" />
        <source>Waiting for head office</source>
        <translation>本部からの連絡待ち</translation>
    </message>
    <message>
        <location filename="../../app/models/contracttimeline.cpp" line="313" />
        <source>After the contract is concluded</source>
        <translation>契約締結の後</translation>
    </message>
    <message>
        <location filename="../../app/models/contracttimeline.cpp" line="315" />
        <source>After the delivery</source>
        <translation>納品の後</translation>
    </message>
    <message>
        <location filename="../../app/models/contracttimeline.cpp" line="316" />
        <source>After the trial and the confirmation of use</source>
        <translation>お試し期間と利用確認の後</translation>
    </message>
    <message>
        <location filename="../../app/models/contracttimeline.cpp" line="325" />
        <source>On hold: head office is resolving a problem.</source>
        <translation>保留中：本部が問題の解決にあたっています。</translation>
    </message>
    <message>
        <location filename="../../app/models/contracttimeline.cpp" line="327" />
        <source>On hold since the %1 call on %2: %3.</source>
        <translation>%2 の %1 コール以降、保留中です：%3。</translation>
    </message>
    <message>
        <location filename="../../app/models/contracttimeline.cpp" line="330" />
        <source>Note from head office: %1</source>
        <translation>本部からのメモ：%1</translation>
    </message>
    <message>
        <location filename="../../app/models/contracttimeline.cpp" line="338" />
        <source>Dispute open since %1. If it is still open on %2, head office cancels the credit company's advance-payment contract (P6).</source>
        <translation>%1 から紛争中です。%2 の時点で解決していない場合、本部は信販会社との立替払い契約を取り消します（P6）。</translation>
    </message>
    <message>
        <location filename="../../app/models/contracttimeline.cpp" line="387" />
        <source>There is no contract to cancel.</source>
        <translation>解約できる契約がありません。</translation>
    </message>
    <message>
        <location filename="../../app/models/contracttimeline.cpp" line="389" />
        <source>A cancellation is recorded by the sales rep or by head office.</source>
        <translation>解約の記録は、営業担当または本部が行います。</translation>
    </message>
    <message>
        <location filename="../../app/models/contracttimeline.cpp" line="392" />
        <source>This contract is already cancelled.</source>
        <translation>この契約はすでに解約されています。</translation>
    </message>
    <message>
        <location filename="../../app/models/contracttimeline.cpp" line="394" />
        <source>The contract is not concluded yet: stop the explanation instead of cancelling.</source>
        <translation>契約はまだ締結されていません。解約ではなく、説明を中止してください。</translation>
    </message>
    <message>
        <location filename="../../app/models/contracttimeline.cpp" line="473" />
        <source>Continue delivery lecture</source>
        <translation>納品講習を続ける</translation>
    </message>
    <message>
        <location filename="../../app/models/contracttimeline.cpp" line="473" />
        <source>Start delivery lecture</source>
        <translation>納品講習を始める</translation>
    </message>
</context>
<context>
    <name>kakunin::CustomerContractsModel</name>
    <message>
        <location filename="../../app/models/customercontractsmodel.cpp" line="80" />
        <source>Contracted %1</source>
        <translation>契約日：%1</translation>
    </message>
    <message>
        <location filename="../../app/models/customercontractsmodel.cpp" line="99" />
        <source>Explanation in progress</source>
        <translation>重要事項説明中</translation>
    </message>
    <message>
        <location filename="../../app/models/customercontractsmodel.cpp" line="100" />
        <source>Contracted, first confirmation call next</source>
        <translation>契約済み・次は1回目の確認電話</translation>
    </message>
    <message>
        <location filename="../../app/models/customercontractsmodel.cpp" line="101" />
        <source>Confirmed, delivery next</source>
        <translation>確認済み・次は納品</translation>
    </message>
    <message>
        <location filename="../../app/models/customercontractsmodel.cpp" line="102" />
        <source>Delivered, second confirmation call next</source>
        <translation>納品済み・次は2回目の確認電話</translation>
    </message>
    <message>
        <location filename="../../app/models/customercontractsmodel.cpp" line="103" />
        <source>Confirmed, trial next</source>
        <translation>確認済み・次は試用期間</translation>
    </message>
    <message>
        <location filename="../../app/models/customercontractsmodel.cpp" line="104" />
        <source>In trial</source>
        <translation>試用期間中</translation>
    </message>
    <message>
        <location filename="../../app/models/customercontractsmodel.cpp" line="105" />
        <source>Use confirmed, inspection call next</source>
        <translation>利用確認済み・次は検収の確認電話</translation>
    </message>
    <message>
        <location filename="../../app/models/customercontractsmodel.cpp" line="106" />
        <source>Ready to start</source>
        <translation>開始可能</translation>
    </message>
    <message>
        <location filename="../../app/models/customercontractsmodel.cpp" line="106" />
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../../app/models/customercontractsmodel.cpp" line="107" />
        <source>Started, in follow-up</source>
        <translation>開始済み・フォローアップ中</translation>
    </message>
    <message>
        <location filename="../../app/models/customercontractsmodel.cpp" line="108" />
        <source>Cancelled</source>
        <translation>解約済み</translation>
    </message>
    <message>
        <location filename="../../app/models/customercontractsmodel.cpp" line="109" />
        <source>Credit contract cancelled</source>
        <translation>立替払い契約の取消済み</translation>
    </message>
    <message>
        <location filename="../../app/models/customercontractsmodel.cpp" line="110" />
        <source>On hold: a confirmation call found a problem</source>
        <translation>保留中：確認電話で問題が見つかりました</translation>
    </message>
    <message>
        <location filename="../../app/models/customercontractsmodel.cpp" line="111" />
        <source>Disputed</source>
        <translation>紛争中</translation>
    </message>
</context>
<context>
    <name>kakunin::CustomerDetail</name>
    <message>
        <location filename="../../app/models/customerdetail.cpp" line="108" />
        <source>Registered %1</source>
        <translation>登録日：%1</translation>
    </message>
    <message>
        <location filename="../../app/models/customerdetail.cpp" line="122" />
        <source>Screened %1</source>
        <translation>審査日：%1</translation>
    </message>
    <message>
        <location filename="../../app/models/customerdetail.cpp" line="131" />
        <source>Next appointment: %1</source>
        <translation>次回の訪問予定：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/models/customerdetail.cpp" line="133" />
        <source>The customer declined on %1. No sales visit until %2 (%n day(s) of cool-down).</source>
        <translation><numerusform>%1にお客様からお断りがありました。%2までは営業訪問できません（%n日間の訪問自粛期間）。</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/models/customerdetail.cpp" line="180" />
        <source>This customer is not on this tablet.</source>
        <translation>このお客様はこのタブレットに登録されていません。</translation>
    </message>
    <message>
        <location filename="../../app/models/customerdetail.cpp" line="182" />
        <source>This customer is not one of yours.</source>
        <translation>このお客様はご担当ではありません。</translation>
    </message>
    <message>
        <location filename="../../app/models/customerdetail.cpp" line="184" />
        <source>The screening refused this prospect: no visit, explanation or contract is possible. The reasons are recorded for head office.</source>
        <translation>審査の結果、契約対象外です。訪問・説明・契約のいずれもできません。理由は本部向けに記録されています。</translation>
    </message>
    <message>
        <location filename="../../app/models/customerdetail.cpp" line="187" />
        <source>Only the sales representative visits and explains.</source>
        <translation>訪問と説明は営業担当者のみ行えます。</translation>
    </message>
    <message>
        <location filename="../../app/models/customerdetail.cpp" line="189" />
        <source>The important matters can be explained once the profile sheet is filled in and screened.</source>
        <translation>代表者経歴シートを記入し審査を終えると、重要事項の説明ができるようになります。</translation>
    </message>
    <message>
        <location filename="../../app/models/customerdetail.cpp" line="198" />
        <source>Next: fill in the profile sheet with the representative.</source>
        <translation>次は代表者の方と一緒に代表者経歴シートを記入してください。</translation>
    </message>
    <message>
        <location filename="../../app/models/customerdetail.cpp" line="200" />
        <source>Next: record the screening.</source>
        <translation>次は審査結果を記録してください。</translation>
    </message>
    <message>
        <location filename="../../app/models/customerdetail.cpp" line="202" />
        <source>A visit is in progress.</source>
        <translation>訪問中です。</translation>
    </message>
    <message>
        <location filename="../../app/models/customerdetail.cpp" line="204" />
        <source>Next: explain the important matters on a visit.</source>
        <translation>次は訪問時に重要事項を説明してください。</translation>
    </message>
    <message>
        <location filename="../../app/models/customerdetail.cpp" line="213" />
        <source>This customer has a live contract. Head office approved one more contract.</source>
        <translation>このお客様には有効な契約があります。本部が追加の契約を1件承認しています。</translation>
    </message>
    <message>
        <location filename="../../app/models/customerdetail.cpp" line="214" />
        <source>This customer has a live contract. Another contract needs head office approval first.</source>
        <translation>このお客様には有効な契約があります。追加の契約には事前に本部の承認が必要です。</translation>
    </message>
</context>
<context>
    <name>kakunin::CustomerForm</name>
    <message>
        <location filename="../../app/models/customerform.cpp" line="220" />
        <source>This customer is not one of yours.</source>
        <translation>このお客様はご担当ではありません。</translation>
    </message>
    <message>
        <location filename="../../app/models/customerform.cpp" line="221" />
        <source>Only sales representatives register and edit prospects.</source>
        <translation>見込み客の登録・編集は営業担当者のみ行えます。</translation>
    </message>
    <message>
        <location filename="../../app/models/customerform.cpp" line="268" />
        <source>Enter the customer's name.</source>
        <translation>お名前を入力してください。</translation>
    </message>
    <message>
        <location filename="../../app/models/customerform.cpp" line="270" />
        <location filename="../../app/models/customerform.cpp" line="280" />
        <source>This is too long (at most %1 characters).</source>
        <translation>長すぎます（%1文字以内）。</translation>
    </message>
    <message>
        <location filename="../../app/models/customerform.cpp" line="272" />
        <source>Enter the reading of the name in kana.</source>
        <translation>お名前のフリガナを入力してください。</translation>
    </message>
    <message>
        <location filename="../../app/models/customerform.cpp" line="274" />
        <source>Write the reading in kana only (e.g. サトウ ケンイチ).</source>
        <translation>フリガナはかなのみで入力してください（例：サトウ ケンイチ）。</translation>
    </message>
    <message>
        <location filename="../../app/models/customerform.cpp" line="276" />
        <source>A phone number has only digits and hyphens.</source>
        <translation>電話番号は数字とハイフンのみで入力してください。</translation>
    </message>
    <message>
        <location filename="../../app/models/customerform.cpp" line="278" />
        <source>A phone number has 10 or 11 digits, starting with 0 (e.g. 03-1234-5678).</source>
        <translation>電話番号は0から始まる10桁または11桁で入力してください（例：03-1234-5678）。</translation>
    </message>
    <message>
        <location filename="../../app/models/customerform.cpp" line="282" />
        <source>This customer is already one of yours. Open it from My customers instead.</source>
        <translation>このお客様はすでに登録されています。「担当のお客様」から開いてください。</translation>
    </message>
</context>
<context>
    <name>kakunin::CustomerListModel</name>
    <message>
        <location filename="../../app/models/customerlistmodel.cpp" line="346" />
        <source>Screening passed</source>
        <translation>審査通過</translation>
    </message>
    <message>
        <location filename="../../app/models/customerlistmodel.cpp" line="348" />
        <source>Screening passed with conditions</source>
        <translation>条件付きで審査通過</translation>
    </message>
    <message>
        <location filename="../../app/models/customerlistmodel.cpp" line="350" />
        <source>Screening refused</source>
        <translation>審査の結果、契約対象外</translation>
    </message>
    <message>
        <location filename="../../app/models/customerlistmodel.cpp" line="351" />
        <source>Not screened yet</source>
        <translation>審査未実施</translation>
    </message>
    <message>
        <location filename="../../app/models/customerlistmodel.cpp" line="357" />
        <source>Profile sheet to fill in</source>
        <translation>経歴シート未記入</translation>
    </message>
    <message>
        <location filename="../../app/models/customerlistmodel.cpp" line="359" />
        <source>Screening to do</source>
        <translation>審査待ち</translation>
    </message>
    <message>
        <location filename="../../app/models/customerlistmodel.cpp" line="361" />
        <source>No contract possible</source>
        <translation>契約できません</translation>
    </message>
    <message>
        <location filename="../../app/models/customerlistmodel.cpp" line="363" />
        <source>Ready for the explanation</source>
        <translation>重要事項説明へ進めます</translation>
    </message>
</context>
<context>
    <name>kakunin::DeliveryLecture</name>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="164" />
        <source>No contract is selected.</source>
        <translation>契約が選択されていません。</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="167" />
        <source>The tablet is locked. Unlock it and try again.</source>
        <translation>タブレットがロックされています。ロックを解除してからもう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="170" />
        <source>This contract is not on this tablet.</source>
        <translation>この契約はこのタブレットにありません。</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="176" />
        <source>The content of this contract (%1, version %2) is not on this tablet. Sync the tablet, then open the lecture again.</source>
        <translation>この契約の説明内容（%1、版 %2）がこのタブレットにありません。同期してから、もう一度講習を開いてください。</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="267" />
        <source>Start the lecture first.</source>
        <translation>先に講習を開始してください。</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="271" />
        <source>The lecture has run %1 of the minimum %2: %3 still to go.</source>
        <translation>講習時間は %1 です（最低 %2）。あと %3 必要です。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/models/deliverylecture.cpp" line="275" />
        <source>%n checklist item(s) not yet taught and understood.</source>
        <translation><numerusform>説明・理解の確認が済んでいない項目が %n 件あります。</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="281" />
        <location filename="../../app/models/deliverylecture.cpp" line="528" />
        <source>Only the installer can collect the delivery sign-off.</source>
        <translation>納品確認の署名を受けられるのは納品担当のみです。</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="326" />
        <source>Only the installer can run the delivery lecture.</source>
        <translation>納品講習を行えるのは納品担当のみです。</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="488" />
        <source>Only the installer can mark items taught.</source>
        <translation>「説明済み」を記録できるのは納品担当のみです。</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="503" />
        <source>Only the installer can record the customer's understanding.</source>
        <translation>お客様の理解の確認を記録できるのは納品担当のみです。</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="576" />
        <source>The customer's copy is made once the delivery confirmation is signed.</source>
        <translation>お客様控えは、納品確認書への署名後に作成されます。</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="577" />
        <source>The signature in the record could not be read, so no copy was made.</source>
        <translation>記録された署名を読み取れなかったため、控えを作成できませんでした。</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="609" />
        <source>The customer's copy could not be made.</source>
        <translation>お客様控えを作成できませんでした。</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="613" />
        <source>The customer's copy could not be written (%1).</source>
        <translation>お客様控えを書き出せませんでした（%1）。</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="616" />
        <source>The customer's copy could not be saved in %1.</source>
        <translation>お客様控えを %1 に保存できませんでした。</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="655" />
        <source>Extended lecture (from the basics)</source>
        <translation>拡張講習（基本操作から）</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="655" />
        <source>Standard lecture</source>
        <translation>標準コースの講習</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="663" />
        <source>Level chosen when the lecture started.</source>
        <translation>講習開始時に決まったレベルです。</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="665" />
        <source>No profile sheet is recorded, so the extended lecture is given.</source>
        <translation>代表者経歴シートが記録されていないため、拡張講習を行います。</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="667" />
        <source>IT literacy %1 of %2: the extended lecture, with the basic items.</source>
        <translation>ITリテラシー %1／%2：基本操作の項目を含む拡張講習です。</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="668" />
        <source>IT literacy %1 of %2: the standard lecture.</source>
        <translation>ITリテラシー %1／%2：標準講習です。</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="681" />
        <source>Minimum of %1 reached</source>
        <translation>最低講習時間 %1 に達しました</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="682" />
        <source>%1 to the minimum of %2</source>
        <translation>最低講習時間 %2 まで、あと %1</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="692" />
        <source>Not started</source>
        <translation>未開始</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="694" />
        <source>Running</source>
        <translation>講習中</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="696" />
        <source>Paused: this time does not count</source>
        <translation>一時停止中：この間は講習時間に含まれません</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="698" />
        <source>Delivery signed</source>
        <translation>納品確認済み</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="727" />
        <source>Taught %1 of %3 · understood %2 of %3</source>
        <translation>説明済み %1／%3 件・理解済み %2／%3 件</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="735" />
        <source>The lecture can start only after head office's first confirmation call (C1) was clean.</source>
        <translation>講習は、本部による1回目の確認コール（C1）で問題がなかった後に開始できます。</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="737" />
        <source>The delivery confirmation of this contract is already signed.</source>
        <translation>この契約の納品確認書は署名済みです。</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="747" />
        <source>The lecture has not started yet.</source>
        <translation>講習はまだ開始されていません。</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="749" />
        <source>The lecture has already started.</source>
        <translation>講習はすでに開始されています。</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="751" />
        <source>The lecture is paused. Resume it first.</source>
        <translation>講習は一時停止中です。先に再開してください。</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="753" />
        <source>The lecture is running, not paused.</source>
        <translation>講習は進行中で、一時停止していません。</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="755" />
        <source>The delivery confirmation is signed. The lecture can no longer change.</source>
        <translation>納品確認書に署名済みのため、講習の記録は変更できません。</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="757" />
        <source>The content has no checklist item for this lecture level.</source>
        <translation>この講習レベルのチェック項目が説明内容にありません。</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="759" />
        <source>This item is not on the checklist of this lecture.</source>
        <translation>この項目はこの講習のチェック項目にありません。</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="761" />
        <source>The installer marks an item taught before the customer confirms understanding.</source>
        <translation>お客様が理解を確認する前に、納品担当が「説明済み」を記録してください。</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="763" />
        <source>This item is already marked.</source>
        <translation>この項目はすでに記録されています。</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="765" />
        <source>The lecture has not yet run for the minimum time.</source>
        <translation>講習時間が最低時間に達していません。</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="767" />
        <source>Some checklist items are not yet taught and understood.</source>
        <translation>説明・理解の確認が済んでいない項目があります。</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="771" />
        <location filename="../../app/models/deliverylecture.cpp" line="809" />
        <source>The rules do not allow this now.</source>
        <translation>現在この操作はルール上できません。</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="780" />
        <source>This contract has ended. Nothing more can be recorded.</source>
        <translation>この契約は終了しています。これ以上記録できません。</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="782" />
        <source>This contract is on hold: a confirmation call found a problem. Head office must resolve it first.</source>
        <translation>この契約は保留中です。確認コールで問題が見つかったため、本部が解決するまでお待ちください。</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="785" />
        <source>A dispute is open on this contract. Nothing moves forward until it is resolved.</source>
        <translation>この契約には未解決の紛争があります。解決するまで手続きを進められません。</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="795" />
        <source>Every item of this lecture is already marked.</source>
        <translation>この講習の項目はすべて記録済みです。</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="805" />
        <source>The signature does not cover the checklist as recorded. Please sign again.</source>
        <translation>署名が記録されたチェック内容と一致しません。もう一度署名してください。</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="807" />
        <source>This contract is not at the delivery stage.</source>
        <translation>この契約は納品の段階ではありません。</translation>
    </message>
</context>
<context>
    <name>kakunin::NextContractsModel</name>
    <message>
        <location filename="../../app/models/nextcontractsmodel.cpp" line="158" />
        <source>On hold after the %1 call</source>
        <translation>%1 コールの結果、保留中</translation>
    </message>
    <message>
        <location filename="../../app/models/nextcontractsmodel.cpp" line="167" />
        <source>Appointment today at %1</source>
        <translation>本日 %1 にご訪問予定</translation>
    </message>
    <message>
        <location filename="../../app/models/nextcontractsmodel.cpp" line="179" />
        <source>Continue the delivery lecture: %1 of %2 items taught</source>
        <translation>納品講習の続き：%2 項目中 %1 項目を説明済み</translation>
    </message>
    <message>
        <location filename="../../app/models/nextcontractsmodel.cpp" line="182" />
        <source>%1 of lecture so far</source>
        <translation>これまでの講習時間 %1</translation>
    </message>
    <message>
        <location filename="../../app/models/nextcontractsmodel.cpp" line="186" />
        <source>Give the delivery lecture</source>
        <translation>納品講習を行う</translation>
    </message>
</context>
<context>
    <name>kakunin::ProfileForm</name>
    <message>
        <location filename="../../app/models/profileform.cpp" line="312" />
        <source>Choose whether the business is full-time or on the side.</source>
        <translation>専業か兼業かを選んでください。</translation>
    </message>
    <message>
        <location filename="../../app/models/profileform.cpp" line="314" />
        <source>Choose how the representative uses a smartphone.</source>
        <translation>代表者のスマートフォンの利用状況を選んでください。</translation>
    </message>
    <message>
        <location filename="../../app/models/profileform.cpp" line="316" />
        <source>Choose what the representative can do on a PC.</source>
        <translation>代表者がパソコンでできることを選んでください。</translation>
    </message>
    <message>
        <location filename="../../app/models/profileform.cpp" line="392" />
        <source>This customer is not one of yours.</source>
        <translation>このお客様はご担当ではありません。</translation>
    </message>
    <message>
        <location filename="../../app/models/profileform.cpp" line="394" />
        <source>Only the sales representative fills in the profile sheet.</source>
        <translation>代表者経歴シートは営業担当者のみ記入できます。</translation>
    </message>
    <message>
        <location filename="../../app/models/profileform.cpp" line="395" />
        <source>The screening refused this prospect, so the sheet can no longer be changed on the tablet. If it was filled in wrong, contact head office.</source>
        <translation>審査の結果、契約対象外となったため、タブレットでは経歴シートを変更できません。記入に誤りがあった場合は本部にご連絡ください。</translation>
    </message>
    <message>
        <location filename="../../app/models/profileform.cpp" line="440" />
        <source>Declared later in the explanation</source>
        <translation>重要事項説明で表明する</translation>
    </message>
    <message>
        <location filename="../../app/models/profileform.cpp" line="441" />
        <source>Declares no ties</source>
        <translation>関係がない旨を表明</translation>
    </message>
    <message>
        <location filename="../../app/models/profileform.cpp" line="442" />
        <source>Refuses to declare</source>
        <translation>表明を拒否</translation>
    </message>
    <message>
        <location filename="../../app/models/profileform.cpp" line="443" />
        <source>Ties identified</source>
        <translation>関係が判明</translation>
    </message>
</context>
<context>
    <name>kakunin::SyncStatus</name>
    <message>
        <location filename="../../app/models/syncstatus.cpp" line="49" />
        <source>Not connected to head office</source>
        <translation>本部と未接続</translation>
    </message>
    <message>
        <location filename="../../app/models/syncstatus.cpp" line="51" />
        <source>Up to date</source>
        <translation>最新の状態です</translation>
    </message>
    <message>
        <location filename="../../app/models/syncstatus.cpp" line="51" />
        <source>Waiting for the next sync</source>
        <translation>次回の同期を待っています</translation>
    </message>
    <message>
        <location filename="../../app/models/syncstatus.cpp" line="54" />
        <source>Syncing: %1 of %2 records sent</source>
        <translation>同期中：%2 件中 %1 件を送信しました</translation>
    </message>
    <message>
        <location filename="../../app/models/syncstatus.cpp" line="55" />
        <source>Syncing…</source>
        <translation>同期中…</translation>
    </message>
    <message>
        <location filename="../../app/models/syncstatus.cpp" line="57" />
        <source>Waiting to retry at %1</source>
        <translation>%1 に再試行します</translation>
    </message>
    <message>
        <location filename="../../app/models/syncstatus.cpp" line="59" />
        <source>Sync failed</source>
        <translation>同期に失敗しました</translation>
    </message>
    <message>
        <location filename="../../app/models/syncstatus.cpp" line="69" />
        <source>This tablet is not enrolled with head office yet. Records stay encrypted on the tablet.</source>
        <translation>このタブレットはまだ本部に登録されていません。記録は暗号化されてタブレット内に保存されています。</translation>
    </message>
    <message>
        <location filename="../../app/models/syncstatus.cpp" line="78" />
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/models/syncstatus.cpp" line="87" />
        <source>%n record(s) not yet at head office</source>
        <translation><numerusform>本部に未送信の記録 %n 件</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/models/syncstatus.cpp" line="88" />
        <source>No records waiting to be sent.</source>
        <translation>送信待ちの記録はありません。</translation>
    </message>
    <message>
        <location filename="../../app/models/syncstatus.cpp" line="89" />
        <source>Every record has reached head office.</source>
        <translation>すべての記録が本部に届いています。</translation>
    </message>
    <message>
        <location filename="../../app/models/syncstatus.cpp" line="95" />
        <source>Never synced</source>
        <translation>まだ同期していません</translation>
    </message>
    <message>
        <location filename="../../app/models/syncstatus.cpp" line="96" />
        <source>Last synced %1</source>
        <translation>最終同期：%1</translation>
    </message>
    <message>
        <location filename="../../app/models/syncstatus.cpp" line="147" />
        <source>Head office no longer accepts this tablet, so it was locked. Unlock it and enter a new enrollment code from head office. Records not yet sent stay on the tablet.</source>
        <translation>本部でこのタブレットの利用が停止されたため、ロックしました。ロックを解除し、本部から受け取った新しい登録コードを入力してください。未送信の記録はタブレットに残っています。</translation>
    </message>
    <message>
        <location filename="../../app/models/syncstatus.cpp" line="150" />
        <source>Head office ordered this tablet to be erased. Its records and keys were erased. Set it up again to continue.</source>
        <translation>本部の指示により、このタブレットのデータを消去しました。記録と鍵はすべて消去されています。引き続きご利用になるには、もう一度初期設定を行ってください。</translation>
    </message>
    <message>
        <location filename="../../app/models/syncstatus.cpp" line="169" />
        <source>The tablet is offline. Records are sent when it is connected again.</source>
        <translation>タブレットがオフラインです。接続が回復すると記録を送信します。</translation>
    </message>
    <message>
        <location filename="../../app/models/syncstatus.cpp" line="171" />
        <source>Head office could not be reached. The tablet tries again by itself.</source>
        <translation>本部に接続できませんでした。自動的に再試行します。</translation>
    </message>
    <message>
        <location filename="../../app/models/syncstatus.cpp" line="173" />
        <source>Head office is busy. The tablet tries again by itself.</source>
        <translation>本部のサーバーが混み合っています。自動的に再試行します。</translation>
    </message>
    <message>
        <location filename="../../app/models/syncstatus.cpp" line="175" />
        <source>The connection to head office could not be verified. Nothing was sent. Contact head office.</source>
        <translation>本部との接続の安全性を確認できませんでした。記録は送信していません。本部に連絡してください。</translation>
    </message>
    <message>
        <location filename="../../app/models/syncstatus.cpp" line="177" />
        <source>Head office no longer accepts this tablet. Contact head office to enroll it again.</source>
        <translation>このタブレットは本部で利用停止になっています。再登録について本部に連絡してください。</translation>
    </message>
    <message>
        <location filename="../../app/models/syncstatus.cpp" line="179" />
        <source>Head office refused a record. Contact head office; the records stay on the tablet.</source>
        <translation>本部が記録の受け取りを拒否しました。記録はタブレットに残っています。本部に連絡してください。</translation>
    </message>
    <message>
        <location filename="../../app/models/syncstatus.cpp" line="181" />
        <source>The tablet's clock is wrong. Set the date and time, then sync again.</source>
        <translation>タブレットの時計がずれています。日付と時刻を合わせてから、もう一度同期してください。</translation>
    </message>
    <message>
        <location filename="../../app/models/syncstatus.cpp" line="183" />
        <source>Head office did not accept the enrollment code. Check the code, or ask head office for a new one.</source>
        <translation>本部が登録コードを受け付けませんでした。コードをご確認いただくか、本部に新しいコードを依頼してください。</translation>
    </message>
    <message>
        <location filename="../../app/models/syncstatus.cpp" line="185" />
        <source>Sync stopped because of an unexpected error. Contact head office.</source>
        <translation>予期しないエラーのため同期を中止しました。本部に連絡してください。</translation>
    </message>
    <message>
        <location filename="../../app/models/syncstatus.cpp" line="199" />
        <source>today at %1</source>
        <translation>本日 %1</translation>
    </message>
    <message>
        <location filename="../../app/models/syncstatus.cpp" line="200" />
        <source>on %1 at %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>kakunin::VisitController</name>
    <message>
        <location filename="../../app/models/visitcontroller.cpp" line="270" />
        <location filename="../../app/models/visitcontroller.cpp" line="276" />
        <source>No visit is in progress.</source>
        <translation>訪問中ではありません。</translation>
    </message>
    <message>
        <location filename="../../app/models/visitcontroller.cpp" line="328" />
        <source>The tablet is locked.</source>
        <translation>タブレットがロックされています。</translation>
    </message>
    <message>
        <location filename="../../app/models/visitcontroller.cpp" line="330" />
        <source>This customer is not one of yours.</source>
        <translation>このお客様はご担当ではありません。</translation>
    </message>
    <message>
        <location filename="../../app/models/visitcontroller.cpp" line="332" />
        <source>Only the sales representative makes sales visits.</source>
        <translation>営業訪問は営業担当者のみ行えます。</translation>
    </message>
    <message>
        <location filename="../../app/models/visitcontroller.cpp" line="334" />
        <source>The screening refused this prospect: no sales visit is possible.</source>
        <translation>審査の結果、契約対象外のため、営業訪問はできません。</translation>
    </message>
    <message>
        <location filename="../../app/models/visitcontroller.cpp" line="336" />
        <source>A visit is already in progress.</source>
        <translation>すでに訪問中です。</translation>
    </message>
    <message>
        <location filename="../../app/models/visitcontroller.cpp" line="338" />
        <source>No appointment is recorded for this customer. Unannounced visits are not allowed: agree on a time with the customer and book it first.</source>
        <translation>このお客様の訪問予約が記録されていません。予告なしの訪問は禁止されています。お客様と日時を決め、先に予約を記録してください。</translation>
    </message>
    <message>
        <location filename="../../app/models/visitcontroller.cpp" line="341" />
        <source>The appointment is for %1, not today.</source>
        <translation>訪問予約は本日ではなく%1です。</translation>
    </message>
    <message>
        <location filename="../../app/models/visitcontroller.cpp" line="344" />
        <source>It is outside the allowed visit hours (%1). A visit now needs a reason: choose it below.</source>
        <translation>訪問可能時間（%1）外です。今訪問するには理由の記録が必要です。下から選んでください。</translation>
    </message>
    <message>
        <location filename="../../app/models/visitcontroller.cpp" line="348" />
        <source>A visit cannot start now.</source>
        <translation>現在は訪問を開始できません。</translation>
    </message>
    <message>
        <location filename="../../app/models/visitcontroller.cpp" line="356" />
        <location filename="../../app/models/visitcontroller.cpp" line="361" />
        <source>Appointment %1</source>
        <translation>訪問予約：%1</translation>
    </message>
    <message>
        <location filename="../../app/models/visitcontroller.cpp" line="371" />
        <source>%1–%2</source>
        <translation>%1～%2</translation>
    </message>
    <message>
        <location filename="../../app/models/visitcontroller.cpp" line="379" />
        <source>The customer asked for this time</source>
        <translation>お客様がこの時間を希望された</translation>
    </message>
    <message>
        <location filename="../../app/models/visitcontroller.cpp" line="380" />
        <source>The customer's business hours allow no other time</source>
        <translation>お客様の営業時間の都合で、他の時間が取れない</translation>
    </message>
    <message>
        <location filename="../../app/models/visitcontroller.cpp" line="390" />
        <source>The customer declined on %1. No sales visit until %2.</source>
        <translation>%1にお客様からお断りがありました。%2までは営業訪問できません。</translation>
    </message>
    <message>
        <location filename="../../app/models/visitcontroller.cpp" line="414" />
        <source>Started %1</source>
        <translation>開始：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/models/visitcontroller.cpp" line="443" />
        <source>%n min over the maximum</source>
        <translation><numerusform>上限を%n分超過</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/models/visitcontroller.cpp" line="444" />
        <source>%n min left of %1 min</source>
        <translation><numerusform>%1分中 残り%n分</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/models/visitcontroller.cpp" line="453" />
        <source>The visit is longer than the maximum of %1 min. Head office has been notified. Please end the visit now.</source>
        <translation>訪問が上限の%1分を超えました。本部に通知されています。ただちに訪問を終了してください。</translation>
    </message>
    <message>
        <location filename="../../app/models/visitcontroller.cpp" line="457" />
        <source>The visit has reached %1 % of the maximum of %2 min. Please come to an end.</source>
        <translation>訪問時間が上限%2分の%1％に達しました。お話をまとめてください。</translation>
    </message>
    <message>
        <location filename="../../app/models/visitcontroller.cpp" line="462" />
        <source>The allowed visit hours (%1) are over. Head office has been notified.</source>
        <translation>訪問可能時間（%1）を過ぎました。本部に通知されています。</translation>
    </message>
    <message>
        <location filename="../../app/models/visitcontroller.cpp" line="464" />
        <source>The tablet restarted during the visit: the time is taken from the clock.</source>
        <translation>訪問中にタブレットが再起動したため、経過時間は時計から算出しています。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/models/visitcontroller.cpp" line="471" />
        <source>The visit ends now, and no sales visit to this customer is possible until %1 (%n day(s)).</source>
        <translation><numerusform>訪問をただちに終了します。%1まで（%n日間）このお客様への営業訪問はできません。</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/models/visitcontroller.cpp" line="485" />
        <source>Last visit %1: the customer declined after %n min.</source>
        <translation><numerusform>前回の訪問 %1：%n分後にお客様からお断りがありました。</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/models/visitcontroller.cpp" line="486" />
        <source>Last visit %1: %n min.</source>
        <translation><numerusform>前回の訪問 %1：%n分</numerusform></translation>
    </message>
</context>
<context>
    <name>kakunin::WalkthroughSession</name>
    <message>
        <location filename="../../app/models/walkthroughsession.cpp" line="171" />
        <source>No customer is selected.</source>
        <translation>お客様が選択されていません。</translation>
    </message>
    <message>
        <location filename="../../app/models/walkthroughsession.cpp" line="173" />
        <source>This customer is not on this tablet.</source>
        <translation>このお客様はこのタブレットに登録されていません。</translation>
    </message>
    <message>
        <location filename="../../app/models/walkthroughsession.cpp" line="175" />
        <source>There is no important-matters content for this product on this tablet.</source>
        <translation>このタブレットには、この商品の重要事項説明の内容がありません。</translation>
    </message>
    <message>
        <location filename="../../app/models/walkthroughsession.cpp" line="177" />
        <source>This customer has not been screened yet. Record the profile sheet and the screening first.</source>
        <translation>このお客様の審査がまだ行われていません。先に代表者経歴シートと審査結果を記録してください。</translation>
    </message>
    <message>
        <location filename="../../app/models/walkthroughsession.cpp" line="184" />
        <source>The walkthrough cannot be opened. Nothing was saved.</source>
        <translation>重要事項説明を開けません。保存されていません。</translation>
    </message>
    <message>
        <location filename="../../app/models/walkthroughsession.cpp" line="352" />
        <source>Customer</source>
        <translation>お客様</translation>
    </message>
    <message>
        <location filename="../../app/models/walkthroughsession.cpp" line="354" />
        <source>Successor</source>
        <translation>後継者</translation>
    </message>
    <message>
        <location filename="../../app/models/walkthroughsession.cpp" line="356" />
        <source>Sales representative</source>
        <translation>営業担当者</translation>
    </message>
    <message>
        <location filename="../../app/models/walkthroughsession.cpp" line="594" />
        <source>Unknown signer.</source>
        <translation>署名者が不明です。</translation>
    </message>
    <message>
        <location filename="../../app/models/walkthroughsession.cpp" line="741" />
        <source>This customer was refused at the screening. The important matters cannot be explained or signed.</source>
        <translation>このお客様は審査の結果、契約対象外となりました。重要事項の説明・署名はできません。</translation>
    </message>
    <message>
        <location filename="../../app/models/walkthroughsession.cpp" line="747" />
        <source>The important-matters content for this product is incomplete. Contact head office.</source>
        <translation>この商品の重要事項説明の内容に不備があります。本部にお問い合わせください。</translation>
    </message>
    <message>
        <location filename="../../app/models/walkthroughsession.cpp" line="749" />
        <source>This item is not part of the important matters.</source>
        <translation>この項目は重要事項に含まれていません。</translation>
    </message>
    <message>
        <location filename="../../app/models/walkthroughsession.cpp" line="751" />
        <source>Please confirm this item before going on. No item may be skipped.</source>
        <translation>この項目を確認してから次へ進んでください。項目を飛ばすことはできません。</translation>
    </message>
    <message>
        <location filename="../../app/models/walkthroughsession.cpp" line="753" />
        <source>This item is already confirmed.</source>
        <translation>この項目は確認済みです。</translation>
    </message>
    <message>
        <location filename="../../app/models/walkthroughsession.cpp" line="755" />
        <source>Please read this item first.</source>
        <translation>先にこの項目をお読みください。</translation>
    </message>
    <message>
        <location filename="../../app/models/walkthroughsession.cpp" line="757" />
        <source>Every item must be confirmed first.</source>
        <translation>先にすべての項目を確認してください。</translation>
    </message>
    <message>
        <location filename="../../app/models/walkthroughsession.cpp" line="759" />
        <source>The signature does not match what was explained. Nothing was saved.</source>
        <translation>署名が説明した内容と一致しません。保存されていません。</translation>
    </message>
    <message>
        <location filename="../../app/models/walkthroughsession.cpp" line="763" />
        <source>This signature has already been recorded.</source>
        <translation>この署名はすでに記録されています。</translation>
    </message>
    <message>
        <location filename="../../app/models/walkthroughsession.cpp" line="765" />
        <source>No successor signature is needed for this customer.</source>
        <translation>このお客様には後継者の署名は必要ありません。</translation>
    </message>
    <message>
        <location filename="../../app/models/walkthroughsession.cpp" line="767" />
        <source>The customer signs first.</source>
        <translation>最初にお客様が署名してください。</translation>
    </message>
    <message>
        <location filename="../../app/models/walkthroughsession.cpp" line="769" />
        <source>The sales representative must first confirm that no guarantee was given.</source>
        <translation>先に営業担当者が、保証をしていないことを表明してください。</translation>
    </message>
    <message>
        <location filename="../../app/models/walkthroughsession.cpp" line="771" />
        <source>The successor signs before the sales representative.</source>
        <translation>営業担当者の前に後継者が署名してください。</translation>
    </message>
    <message>
        <location filename="../../app/models/walkthroughsession.cpp" line="773" />
        <location filename="../../app/models/walkthroughsession.cpp" line="810" />
        <source>This step is not possible now. Nothing was saved.</source>
        <translation>現在この操作はできません。保存されていません。</translation>
    </message>
    <message>
        <location filename="../../app/models/walkthroughsession.cpp" line="784" />
        <source>This customer already has a contract. Selling again needs head office's approval.</source>
        <translation>このお客様にはすでに契約があります。追加の販売には本部の承認が必要です。</translation>
    </message>
    <message>
        <location filename="../../app/models/walkthroughsession.cpp" line="806" />
        <source>Signatures are missing. The contract is not concluded.</source>
        <translation>署名がそろっていないため、契約は締結されていません。</translation>
    </message>
    <message>
        <location filename="../../app/models/walkthroughsession.cpp" line="872" />
        <source>The copy is not ready yet.</source>
        <translation>控えはまだ作成中です。</translation>
    </message>
</context>
</TS>