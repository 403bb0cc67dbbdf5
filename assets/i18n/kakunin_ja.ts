<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP">
<context>
    <name>CustomerRow</name>
    <message>
        <location filename="../../qml/components/CustomerRow.qml" line="55" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
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
        <location filename="../../qml/pages/HomePage.qml" line="27" />
        <source>Kakunin</source>
        <translation>確認</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HomePage.qml" line="36" />
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HomePage.qml" line="45" />
        <source>Lock</source>
        <translation>ロック</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HomePage.qml" line="90" />
        <source>My customers</source>
        <translation>担当のお客様</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/pages/HomePage.qml" line="99" />
        <source>%n customer(s)</source>
        <translation><numerusform>%n 名</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/pages/HomePage.qml" line="112" />
        <source>Search by name or business</source>
        <translation>お名前・屋号で検索</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HomePage.qml" line="142" />
        <source>No customers on this tablet yet.</source>
        <translation>このタブレットにはまだお客様の記録がありません。</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HomePage.qml" line="143" />
        <source>No customer matches “%1”.</source>
        <translation>「%1」に該当するお客様はいません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/pages/HomePage.qml" line="176" />
        <source>Device %1 · %n record(s) on this tablet</source>
        <translation><numerusform>端末 %1 · このタブレットの記録 %n 件</numerusform></translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <location filename="../../qml/pages/LockPage.qml" line="57" />
        <source>Kakunin</source>
        <translation>確認</translation>
    </message>
    <message>
        <location filename="../../qml/pages/LockPage.qml" line="65" />
        <source>Compliant sales and delivery records</source>
        <translation>適正な販売・納品の記録</translation>
    </message>
    <message>
        <location filename="../../qml/pages/LockPage.qml" line="80" />
        <source>Welcome. Choose a PIN of at least 6 digits to protect the records on this tablet.</source>
        <translation>ようこそ。このタブレットの記録を守るため、6桁以上の暗証番号を決めてください。</translation>
    </message>
    <message>
        <location filename="../../qml/pages/LockPage.qml" line="81" />
        <source>Enter the same PIN again to confirm it.</source>
        <translation>確認のため、同じ暗証番号をもう一度入力してください。</translation>
    </message>
    <message>
        <location filename="../../qml/pages/LockPage.qml" line="82" />
        <source>Enter your PIN to unlock.</source>
        <translation>暗証番号を入力してロックを解除してください。</translation>
    </message>
    <message>
        <location filename="../../qml/pages/LockPage.qml" line="107" />
        <source>Setting up the encrypted store…</source>
        <translation>暗号化された保存領域を準備しています…</translation>
    </message>
    <message>
        <location filename="../../qml/pages/LockPage.qml" line="107" />
        <source>Unlocking…</source>
        <translation>ロックを解除しています…</translation>
    </message>
    <message>
        <location filename="../../qml/pages/LockPage.qml" line="147" />
        <source>Passphrase</source>
        <translation>パスフレーズ</translation>
    </message>
    <message>
        <location filename="../../qml/pages/LockPage.qml" line="158" />
        <source>Continue</source>
        <translation>次へ</translation>
    </message>
    <message>
        <location filename="../../qml/pages/LockPage.qml" line="158" />
        <source>Unlock</source>
        <translation>ロック解除</translation>
    </message>
    <message>
        <location filename="../../qml/pages/LockPage.qml" line="166" />
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
    <name>NextContractsPanel</name>
    <message>
        <location filename="../../qml/components/NextContractsPanel.qml" line="9" />
        <source>Next for me</source>
        <translation>次に対応する契約</translation>
    </message>
    <message>
        <location filename="../../qml/components/NextContractsPanel.qml" line="10" />
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
        <location filename="../../qml/components/SyncPanel.qml" line="9" />
        <source>Head office</source>
        <translation>本部</translation>
    </message>
    <message>
        <location filename="../../qml/components/SyncPanel.qml" line="10" />
        <source>This tablet is not connected to head office yet. Records stay encrypted on the tablet.</source>
        <translation>このタブレットはまだ本部と接続されていません。記録は暗号化されてタブレット内に保存されています。</translation>
    </message>
</context>
<context>
    <name>TodayVisitsPanel</name>
    <message>
        <location filename="../../qml/components/TodayVisitsPanel.qml" line="9" />
        <source>Today's visits</source>
        <translation>本日の訪問</translation>
    </message>
    <message>
        <location filename="../../qml/components/TodayVisitsPanel.qml" line="10" />
        <source>No appointments today.</source>
        <translation>本日の訪問予定はありません。</translation>
    </message>
</context>
<context>
    <name>kakunin::AppSession</name>
    <message>
        <location filename="../../app/models/appsession.cpp" line="40" />
        <source>The two PINs do not match.</source>
        <translation>2回入力した暗証番号が一致しません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/models/appsession.cpp" line="42" />
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation><numerusform>暗証番号の誤りが続いたため、%n 秒後に再度お試しください。</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/models/appsession.cpp" line="44" />
        <source>That PIN is not correct (%n failed attempt(s)).</source>
        <translation><numerusform>暗証番号が正しくありません（%n 回失敗）。</numerusform></translation>
    </message>
</context>
<context>
    <name>kakunin::CustomerListModel</name>
    <message>
        <location filename="../../app/models/customerlistmodel.cpp" line="152" />
        <source>Screening passed</source>
        <translation>審査通過</translation>
    </message>
    <message>
        <location filename="../../app/models/customerlistmodel.cpp" line="154" />
        <source>Screening passed with conditions</source>
        <translation>条件付きで審査通過</translation>
    </message>
    <message>
        <location filename="../../app/models/customerlistmodel.cpp" line="156" />
        <source>Screening refused</source>
        <translation>審査の結果、契約対象外</translation>
    </message>
    <message>
        <location filename="../../app/models/customerlistmodel.cpp" line="157" />
        <source>Not screened yet</source>
        <translation>審査未実施</translation>
    </message>
    <message>
        <location filename="../../app/models/customerlistmodel.cpp" line="163" />
        <source>Profile sheet to fill in</source>
        <translation>経歴シート未記入</translation>
    </message>
    <message>
        <location filename="../../app/models/customerlistmodel.cpp" line="165" />
        <source>Screening to do</source>
        <translation>審査待ち</translation>
    </message>
    <message>
        <location filename="../../app/models/customerlistmodel.cpp" line="167" />
        <source>No contract possible</source>
        <translation>契約できません</translation>
    </message>
    <message>
        <location filename="../../app/models/customerlistmodel.cpp" line="169" />
        <source>Ready for the explanation</source>
        <translation>重要事項説明へ進めます</translation>
    </message>
</context>
</TS>