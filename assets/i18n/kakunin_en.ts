<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
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
        <translation>Use at least 6 digits, or a passphrase of at least 8 characters.</translation>
    </message>
    <message>
        <location filename="../../app/models/errortext.cpp" line="16" />
        <source>That PIN is not correct.</source>
        <translation>That PIN is not correct.</translation>
    </message>
    <message>
        <location filename="../../app/models/errortext.cpp" line="18" />
        <source>Too many wrong PINs. Please wait before trying again.</source>
        <translation>Too many wrong PINs. Please wait before trying again.</translation>
    </message>
    <message>
        <location filename="../../app/models/errortext.cpp" line="20" />
        <source>This tablet has no data yet. Set a PIN to start.</source>
        <translation>This tablet has no data yet. Set a PIN to start.</translation>
    </message>
    <message>
        <location filename="../../app/models/errortext.cpp" line="22" />
        <source>This tablet is already set up. Enter your PIN.</source>
        <translation>This tablet is already set up. Enter your PIN.</translation>
    </message>
    <message>
        <location filename="../../app/models/errortext.cpp" line="24" />
        <source>The key for this tablet's data is missing. Contact head office; do not reset the tablet.</source>
        <translation>The key for this tablet's data is missing. Contact head office; do not reset the tablet.</translation>
    </message>
    <message>
        <location filename="../../app/models/errortext.cpp" line="27" />
        <source>The key for this tablet's data is damaged. Contact head office; do not reset the tablet.</source>
        <translation>The key for this tablet's data is damaged. Contact head office; do not reset the tablet.</translation>
    </message>
    <message>
        <location filename="../../app/models/errortext.cpp" line="30" />
        <source>The app was started without its encryption library and refuses to run. Reinstall the app.</source>
        <translation>The app was started without its encryption library and refuses to run. Reinstall the app.</translation>
    </message>
    <message>
        <location filename="../../app/models/errortext.cpp" line="34" />
        <source>The data on this tablet is damaged or was altered. Nothing was changed. Contact head office.</source>
        <translation>The data on this tablet is damaged or was altered. Nothing was changed. Contact head office.</translation>
    </message>
    <message>
        <location filename="../../app/models/errortext.cpp" line="37" />
        <source>This data was written by a newer version of the app. Update the app.</source>
        <translation>This data was written by a newer version of the app. Update the app.</translation>
    </message>
    <message>
        <location filename="../../app/models/errortext.cpp" line="40" />
        <source>The data could not be upgraded. Nothing was changed. Contact head office.</source>
        <translation>The data could not be upgraded. Nothing was changed. Contact head office.</translation>
    </message>
    <message>
        <location filename="../../app/models/errortext.cpp" line="43" />
        <source>The tablet's storage could not be read or written.</source>
        <translation>The tablet's storage could not be read or written.</translation>
    </message>
    <message>
        <location filename="../../app/models/errortext.cpp" line="46" />
        <source>This record is incomplete and was not saved.</source>
        <translation>This record is incomplete and was not saved.</translation>
    </message>
    <message>
        <location filename="../../app/models/errortext.cpp" line="48" />
        <source>The key could not be saved on this tablet. Nothing was set up.</source>
        <translation>The key could not be saved on this tablet. Nothing was set up.</translation>
    </message>
    <message>
        <location filename="../../app/models/errortext.cpp" line="51" />
        <source>The tablet is locked. Unlock it and try again.</source>
        <translation>The tablet is locked. Unlock it and try again.</translation>
    </message>
    <message>
        <location filename="../../app/models/errortext.cpp" line="53" />
        <location filename="../../app/models/errortext.cpp" line="72" />
        <source>Unexpected error.</source>
        <translation>Unexpected error.</translation>
    </message>
    <message>
        <location filename="../../app/models/errortext.cpp" line="62" />
        <source>Please sign in the box first.</source>
        <translation>Please sign in the box first.</translation>
    </message>
    <message>
        <location filename="../../app/models/errortext.cpp" line="64" />
        <source>This signature is too small. Please sign with your full name.</source>
        <translation>This signature is too small. Please sign with your full name.</translation>
    </message>
    <message>
        <location filename="../../app/models/errortext.cpp" line="69" />
        <source>The signature could not be read. Please clear it and sign again.</source>
        <translation>The signature could not be read. Please clear it and sign again.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../qml/pages/HomePage.qml" line="27" />
        <source>Kakunin</source>
        <translation>Kakunin</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HomePage.qml" line="36" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HomePage.qml" line="45" />
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HomePage.qml" line="90" />
        <source>My customers</source>
        <translation>My customers</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/pages/HomePage.qml" line="99" />
        <source>%n customer(s)</source>
        <translation><numerusform>%n customer</numerusform><numerusform>%n customers</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/pages/HomePage.qml" line="112" />
        <source>Search by name or business</source>
        <translation>Search by name or business</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HomePage.qml" line="142" />
        <source>No customers on this tablet yet.</source>
        <translation>No customers on this tablet yet.</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HomePage.qml" line="143" />
        <source>No customer matches “%1”.</source>
        <translation>No customer matches “%1”.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/pages/HomePage.qml" line="176" />
        <source>Device %1 · %n record(s) on this tablet</source>
        <translation><numerusform>Device %1 · %n record on this tablet</numerusform><numerusform>Device %1 · %n records on this tablet</numerusform></translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <location filename="../../qml/pages/LockPage.qml" line="57" />
        <source>Kakunin</source>
        <translation>Kakunin</translation>
    </message>
    <message>
        <location filename="../../qml/pages/LockPage.qml" line="65" />
        <source>Compliant sales and delivery records</source>
        <translation>Compliant sales and delivery records</translation>
    </message>
    <message>
        <location filename="../../qml/pages/LockPage.qml" line="80" />
        <source>Welcome. Choose a PIN of at least 6 digits to protect the records on this tablet.</source>
        <translation>Welcome. Choose a PIN of at least 6 digits to protect the records on this tablet.</translation>
    </message>
    <message>
        <location filename="../../qml/pages/LockPage.qml" line="81" />
        <source>Enter the same PIN again to confirm it.</source>
        <translation>Enter the same PIN again to confirm it.</translation>
    </message>
    <message>
        <location filename="../../qml/pages/LockPage.qml" line="82" />
        <source>Enter your PIN to unlock.</source>
        <translation>Enter your PIN to unlock.</translation>
    </message>
    <message>
        <location filename="../../qml/pages/LockPage.qml" line="107" />
        <source>Setting up the encrypted store…</source>
        <translation>Setting up the encrypted store…</translation>
    </message>
    <message>
        <location filename="../../qml/pages/LockPage.qml" line="107" />
        <source>Unlocking…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <location filename="../../qml/pages/LockPage.qml" line="147" />
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../qml/pages/LockPage.qml" line="158" />
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../qml/pages/LockPage.qml" line="158" />
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../qml/pages/LockPage.qml" line="166" />
        <source>Use a passphrase instead</source>
        <translation>Use a passphrase instead</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../qml/Main.qml" line="13" />
        <source>Kakunin</source>
        <translation>Kakunin</translation>
    </message>
</context>
<context>
    <name>NextContractsPanel</name>
    <message>
        <location filename="../../qml/components/NextContractsPanel.qml" line="9" />
        <source>Next for me</source>
        <translation>Next for me</translation>
    </message>
    <message>
        <location filename="../../qml/components/NextContractsPanel.qml" line="10" />
        <source>No contract needs you now.</source>
        <translation>No contract needs you now.</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <location filename="../../qml/components/PageHeader.qml" line="28" />
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../qml/components/PinPad.qml" line="44" />
        <source>Enter PIN</source>
        <translation>Enter PIN</translation>
    </message>
    <message>
        <location filename="../../qml/components/PinPad.qml" line="112" />
        <source>Delete last digit</source>
        <translation>Delete last digit</translation>
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
        <translation>Sign here with your finger or pen</translation>
    </message>
    <message>
        <location filename="../../qml/components/SignatureField.qml" line="97" />
        <source>Undo stroke</source>
        <translation>Undo stroke</translation>
    </message>
    <message>
        <location filename="../../qml/components/SignatureField.qml" line="107" />
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../../qml/components/SyncPanel.qml" line="9" />
        <source>Head office</source>
        <translation>Head office</translation>
    </message>
    <message>
        <location filename="../../qml/components/SyncPanel.qml" line="10" />
        <source>This tablet is not connected to head office yet. Records stay encrypted on the tablet.</source>
        <translation>This tablet is not connected to head office yet. Records stay encrypted on the tablet.</translation>
    </message>
</context>
<context>
    <name>TodayVisitsPanel</name>
    <message>
        <location filename="../../qml/components/TodayVisitsPanel.qml" line="9" />
        <source>Today's visits</source>
        <translation>Today's visits</translation>
    </message>
    <message>
        <location filename="../../qml/components/TodayVisitsPanel.qml" line="10" />
        <source>No appointments today.</source>
        <translation>No appointments today.</translation>
    </message>
</context>
<context>
    <name>kakunin::AppSession</name>
    <message>
        <location filename="../../app/models/appsession.cpp" line="40" />
        <source>The two PINs do not match.</source>
        <translation>The two PINs do not match.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/models/appsession.cpp" line="42" />
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation><numerusform>Too many wrong PINs. Try again in %n second.</numerusform><numerusform>Too many wrong PINs. Try again in %n seconds.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/models/appsession.cpp" line="44" />
        <source>That PIN is not correct (%n failed attempt(s)).</source>
        <translation><numerusform>That PIN is not correct (%n failed attempt).</numerusform><numerusform>That PIN is not correct (%n failed attempts).</numerusform></translation>
    </message>
</context>
<context>
    <name>kakunin::CustomerListModel</name>
    <message>
        <location filename="../../app/models/customerlistmodel.cpp" line="152" />
        <source>Screening passed</source>
        <translation>Screening passed</translation>
    </message>
    <message>
        <location filename="../../app/models/customerlistmodel.cpp" line="154" />
        <source>Screening passed with conditions</source>
        <translation>Screening passed with conditions</translation>
    </message>
    <message>
        <location filename="../../app/models/customerlistmodel.cpp" line="156" />
        <source>Screening refused</source>
        <translation>Screening refused</translation>
    </message>
    <message>
        <location filename="../../app/models/customerlistmodel.cpp" line="157" />
        <source>Not screened yet</source>
        <translation>Not screened yet</translation>
    </message>
    <message>
        <location filename="../../app/models/customerlistmodel.cpp" line="163" />
        <source>Profile sheet to fill in</source>
        <translation>Profile sheet to fill in</translation>
    </message>
    <message>
        <location filename="../../app/models/customerlistmodel.cpp" line="165" />
        <source>Screening to do</source>
        <translation>Screening to do</translation>
    </message>
    <message>
        <location filename="../../app/models/customerlistmodel.cpp" line="167" />
        <source>No contract possible</source>
        <translation>No contract possible</translation>
    </message>
    <message>
        <location filename="../../app/models/customerlistmodel.cpp" line="169" />
        <source>Ready for the explanation</source>
        <translation>Ready for the explanation</translation>
    </message>
</context>
</TS>