<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>CustomerPage</name>
    <message>
        <location filename="../../qml/pages/CustomerPage.qml" line="39" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../qml/pages/CustomerPage.qml" line="45" />
        <source>Edit details</source>
        <translation>Edit details</translation>
    </message>
    <message>
        <location filename="../../qml/pages/CustomerPage.qml" line="120" />
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <location filename="../../qml/pages/CustomerPage.qml" line="132" />
        <source>Representative</source>
        <translation>Representative</translation>
    </message>
    <message>
        <location filename="../../qml/pages/CustomerPage.qml" line="143" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../qml/pages/CustomerPage.qml" line="153" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../qml/pages/CustomerPage.qml" line="182" />
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <location filename="../../qml/pages/CustomerPage.qml" line="231" />
        <source>Book visit</source>
        <translation>Book visit</translation>
    </message>
    <message>
        <location filename="../../qml/pages/CustomerPage.qml" line="239" />
        <source>Visit in progress</source>
        <translation>Visit in progress</translation>
    </message>
    <message>
        <location filename="../../qml/pages/CustomerPage.qml" line="239" />
        <source>Start visit</source>
        <translation>Start visit</translation>
    </message>
    <message>
        <location filename="../../qml/pages/CustomerPage.qml" line="255" />
        <source>Product to explain</source>
        <translation>Product to explain</translation>
    </message>
    <message>
        <location filename="../../qml/pages/CustomerPage.qml" line="286" />
        <source>Explain important matters</source>
        <translation>Explain important matters</translation>
    </message>
    <message>
        <location filename="../../qml/pages/CustomerPage.qml" line="299" />
        <source>Contracts</source>
        <translation>Contracts</translation>
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
        <translation>Screening</translation>
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
        <translation>IT literacy: %1</translation>
    </message>
</context>
<context>
    <name>CustomerText</name>
    <message>
        <location filename="../../app/models/customertext.cpp" line="26" />
        <source>en</source>
        <comment>language code of this translation: ja in Japanese; picks the language of content packs and dates</comment>
        <translation>en</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="40" />
        <source>A contract may be offered.</source>
        <translation>A contract may be offered.</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="42" />
        <source>A contract may be offered under the conditions below.</source>
        <translation>A contract may be offered under the conditions below.</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="44" />
        <source>No contract may be offered to this prospect.</source>
        <translation>No contract may be offered to this prospect.</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="45" />
        <source>Not screened yet: fill in the profile sheet first.</source>
        <translation>Not screened yet: fill in the profile sheet first.</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="52" />
        <source>The profile sheet is incomplete or contradicts itself.</source>
        <translation>The profile sheet is incomplete or contradicts itself.</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="54" />
        <source>The representative is %1 (%2 or older) and no successor is present to hear the explanation.</source>
        <translation>The representative is %1 (%2 or older) and no successor is present to hear the explanation.</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="59" />
        <source>The representative is %1 (%2 or older) and the successor present will not sign too.</source>
        <translation>The representative is %1 (%2 or older) and the successor present will not sign too.</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="64" />
        <source>The business is run on the side and the representative has not declared going full-time.</source>
        <translation>The business is run on the side and the representative has not declared going full-time.</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="67" />
        <source>The representative cannot use a PC or has never used one.</source>
        <translation>The representative cannot use a PC or has never used one.</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="69" />
        <source>Ties to antisocial forces were found, or the declaration of no ties was refused.</source>
        <translation>Ties to antisocial forces were found, or the declaration of no ties was refused.</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="72" />
        <source>The successor hears the whole explanation and signs the contract too.</source>
        <translation>The successor hears the whole explanation and signs the contract too.</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="75" />
        <source>The representative declared going full-time; the declaration is part of the record.</source>
        <translation>The representative declared going full-time; the declaration is part of the record.</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="89" />
        <source>Reason not known to this app version (%1).</source>
        <translation>Reason not known to this app version (%1).</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="98" />
        <source>Enter the representative's year of birth (or age).</source>
        <translation>Enter the representative's year of birth (or age).</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="100" />
        <source>The year of birth is in the future.</source>
        <translation>The year of birth is in the future.</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="102" />
        <source>The year of birth is too far in the past. Check it.</source>
        <translation>The year of birth is too far in the past. Check it.</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="104" />
        <source>Years in business cannot be negative.</source>
        <translation>Years in business cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="106" />
        <source>Years in this trade cannot be negative.</source>
        <translation>Years in this trade cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="108" />
        <source>The years in business or in this trade are more than the representative's age.</source>
        <translation>The years in business or in this trade are more than the representative's age.</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="111" />
        <source>An IT product has no name.</source>
        <translation>An IT product has no name.</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="140" />
        <source>Full-time business</source>
        <translation>Full-time business</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="142" />
        <source>Side business</source>
        <translation>Side business</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="151" />
        <source>No smartphone</source>
        <translation>No smartphone</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="153" />
        <source>Calls only</source>
        <translation>Calls only</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="155" />
        <source>Uses apps every day</source>
        <translation>Uses apps every day</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="164" />
        <source>Cannot use a PC</source>
        <translation>Cannot use a PC</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="166" />
        <source>Has never used a PC</source>
        <translation>Has never used a PC</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="168" />
        <source>Mail and web</source>
        <translation>Mail and web</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="170" />
        <source>Documents and spreadsheets</source>
        <translation>Documents and spreadsheets</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="172" />
        <source>Settings and business software</source>
        <translation>Settings and business software</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="181" />
        <source>Level 1 of 4: extremely low (no PC use)</source>
        <translation>Level 1 of 4: extremely low (no PC use)</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="183" />
        <source>Level 2 of 4: low, extended lecture</source>
        <translation>Level 2 of 4: low, extended lecture</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="185" />
        <source>Level 3 of 4: medium, standard lecture</source>
        <translation>Level 3 of 4: medium, standard lecture</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="187" />
        <source>Level 4 of 4: high, standard lecture</source>
        <translation>Level 4 of 4: high, standard lecture</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="195" />
        <source>Extended lecture</source>
        <translation>Extended lecture</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="196" />
        <source>Standard lecture</source>
        <translation>Standard lecture</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="226" />
        <source>ddd d MMM yyyy</source>
        <comment>date format (QDate)</comment>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="236" />
        <location filename="../../app/models/customertext.cpp" line="258" />
        <source>%1, %2</source>
        <comment>date, time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="244" />
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="246" />
        <source>Tomorrow</source>
        <translation>Tomorrow</translation>
    </message>
    <message>
        <location filename="../../app/models/customertext.cpp" line="248" />
        <source>ddd d MMM</source>
        <comment>short date format (QDate)</comment>
        <translation>ddd d MMM</translation>
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
        <location filename="../../qml/pages/HomePage.qml" line="34" />
        <source>Kakunin</source>
        <translation>Kakunin</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HomePage.qml" line="45" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HomePage.qml" line="53" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HomePage.qml" line="62" />
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HomePage.qml" line="155" />
        <source>My customers</source>
        <translation>My customers</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/pages/HomePage.qml" line="164" />
        <source>%n customer(s)</source>
        <translation><numerusform>%n customer</numerusform><numerusform>%n customers</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/pages/HomePage.qml" line="172" />
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HomePage.qml" line="186" />
        <source>Search by name or business</source>
        <translation>Search by name or business</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HomePage.qml" line="230" />
        <source>No customers on this tablet yet.</source>
        <translation>No customers on this tablet yet.</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HomePage.qml" line="231" />
        <source>No customer matches “%1”.</source>
        <translation>No customer matches “%1”.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/pages/HomePage.qml" line="247" />
        <source>Device %1 · %n record(s) on this tablet</source>
        <translation><numerusform>Device %1 · %n record on this tablet</numerusform><numerusform>Device %1 · %n records on this tablet</numerusform></translation>
    </message>
</context>
<context>
    <name>LectureChecklistItem</name>
    <message numerus="yes">
        <location filename="../../qml/components/LectureChecklistItem.qml" line="74" />
        <source>Extended item · about %n minute(s)</source>
        <translation><numerusform>Extended item · about %n minute</numerusform><numerusform>Extended item · about %n minutes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/components/LectureChecklistItem.qml" line="75" />
        <source>About %n minute(s)</source>
        <translation><numerusform>About %n minute</numerusform><numerusform>About %n minutes</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/components/LectureChecklistItem.qml" line="88" />
        <source>Taught</source>
        <translation>Taught</translation>
    </message>
    <message>
        <location filename="../../qml/components/LectureChecklistItem.qml" line="103" />
        <source>Understood</source>
        <translation>Understood</translation>
    </message>
</context>
<context>
    <name>LectureClockDisplay</name>
    <message>
        <location filename="../../qml/components/LectureClockDisplay.qml" line="53" />
        <source>Lecture running time %1</source>
        <translation>Lecture running time %1</translation>
    </message>
    <message>
        <location filename="../../qml/components/LectureClockDisplay.qml" line="93" />
        <source>Start lecture</source>
        <translation>Start lecture</translation>
    </message>
    <message>
        <location filename="../../qml/components/LectureClockDisplay.qml" line="105" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../qml/components/LectureClockDisplay.qml" line="116" />
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
</context>
<context>
    <name>LecturePage</name>
    <message>
        <location filename="../../qml/pages/LecturePage.qml" line="30" />
        <source>Delivery lecture: %1</source>
        <translation>Delivery lecture: %1</translation>
    </message>
    <message>
        <location filename="../../qml/pages/LecturePage.qml" line="31" />
        <source>Delivery lecture</source>
        <translation>Delivery lecture</translation>
    </message>
    <message>
        <location filename="../../qml/pages/LecturePage.qml" line="82" />
        <source>The lecture cannot be shown</source>
        <translation>The lecture cannot be shown</translation>
    </message>
    <message>
        <location filename="../../qml/pages/LecturePage.qml" line="227" />
        <source>Delivery confirmation</source>
        <translation>Delivery confirmation</translation>
    </message>
    <message>
        <location filename="../../qml/pages/LecturePage.qml" line="238" />
        <source>I confirm that the installer taught me every item above and that I understood each of them.</source>
        <translation>I confirm that the installer taught me every item above and that I understood each of them.</translation>
    </message>
    <message>
        <location filename="../../qml/pages/LecturePage.qml" line="271" />
        <source>Sign the delivery confirmation</source>
        <translation>Sign the delivery confirmation</translation>
    </message>
    <message>
        <location filename="../../qml/pages/LecturePage.qml" line="286" />
        <source>The customer signed the delivery confirmation. Lecture time: %1.</source>
        <translation>The customer signed the delivery confirmation. Lecture time: %1.</translation>
    </message>
    <message>
        <location filename="../../qml/pages/LecturePage.qml" line="319" />
        <source>Customer's copy (PDF)</source>
        <translation>Customer's copy (PDF)</translation>
    </message>
    <message>
        <location filename="../../qml/pages/LecturePage.qml" line="337" />
        <source>Write the copy again</source>
        <translation>Write the copy again</translation>
    </message>
    <message>
        <location filename="../../qml/pages/LecturePage.qml" line="337" />
        <source>Write the copy</source>
        <translation>Write the copy</translation>
    </message>
    <message>
        <location filename="../../qml/pages/LecturePage.qml" line="354" />
        <source>Writing the customer's copy…</source>
        <translation>Writing the customer's copy…</translation>
    </message>
    <message>
        <location filename="../../qml/pages/LecturePage.qml" line="356" />
        <source>Saved as %1</source>
        <translation>Saved as %1</translation>
    </message>
    <message>
        <location filename="../../qml/pages/LecturePage.qml" line="357" />
        <source>The copy has not been written yet.</source>
        <translation>The copy has not been written yet.</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <location filename="../../qml/pages/LockPage.qml" line="68" />
        <source>Kakunin</source>
        <translation>Kakunin</translation>
    </message>
    <message>
        <location filename="../../qml/pages/LockPage.qml" line="76" />
        <source>Compliant sales and delivery records</source>
        <translation>Compliant sales and delivery records</translation>
    </message>
    <message>
        <location filename="../../qml/pages/LockPage.qml" line="85" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../qml/pages/LockPage.qml" line="100" />
        <source>Welcome. Choose a PIN of at least 6 digits to protect the records on this tablet.</source>
        <translation>Welcome. Choose a PIN of at least 6 digits to protect the records on this tablet.</translation>
    </message>
    <message>
        <location filename="../../qml/pages/LockPage.qml" line="101" />
        <source>Enter the same PIN again to confirm it.</source>
        <translation>Enter the same PIN again to confirm it.</translation>
    </message>
    <message>
        <location filename="../../qml/pages/LockPage.qml" line="102" />
        <source>Enter your PIN to unlock.</source>
        <translation>Enter your PIN to unlock.</translation>
    </message>
    <message>
        <location filename="../../qml/pages/LockPage.qml" line="138" />
        <source>Setting up the encrypted store…</source>
        <translation>Setting up the encrypted store…</translation>
    </message>
    <message>
        <location filename="../../qml/pages/LockPage.qml" line="138" />
        <source>Unlocking…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <location filename="../../qml/pages/LockPage.qml" line="178" />
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../qml/pages/LockPage.qml" line="189" />
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../qml/pages/LockPage.qml" line="189" />
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../qml/pages/LockPage.qml" line="197" />
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
    <name>MatterItem</name>
    <message>
        <location filename="../../qml/components/MatterItem.qml" line="49" />
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../qml/components/MatterItem.qml" line="65" />
        <source>%1 of %2 confirmed</source>
        <translation>%1 of %2 confirmed</translation>
    </message>
    <message>
        <location filename="../../qml/components/MatterItem.qml" line="116" />
        <source>More text below: scroll to read it all.</source>
        <translation>More text below: scroll to read it all.</translation>
    </message>
    <message>
        <location filename="../../qml/components/MatterItem.qml" line="156" />
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../qml/components/MatterItem.qml" line="156" />
        <source>I understand</source>
        <translation>I understand</translation>
    </message>
    <message>
        <location filename="../../qml/components/MatterItem.qml" line="183" />
        <source>Previous item</source>
        <translation>Previous item</translation>
    </message>
    <message>
        <location filename="../../qml/components/MatterItem.qml" line="194" />
        <source>Confirm this item to go on.</source>
        <translation>Confirm this item to go on.</translation>
    </message>
    <message>
        <location filename="../../qml/components/MatterItem.qml" line="211" />
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../qml/components/MatterItem.qml" line="211" />
        <source>Next item</source>
        <translation>Next item</translation>
    </message>
</context>
<context>
    <name>NewCustomerPage</name>
    <message>
        <location filename="../../qml/pages/NewCustomerPage.qml" line="34" />
        <source>Edit customer details</source>
        <translation>Edit customer details</translation>
    </message>
    <message>
        <location filename="../../qml/pages/NewCustomerPage.qml" line="34" />
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <location filename="../../qml/pages/NewCustomerPage.qml" line="53" />
        <source>Customer details</source>
        <translation>Customer details</translation>
    </message>
    <message>
        <location filename="../../qml/pages/NewCustomerPage.qml" line="53" />
        <source>Register a prospect</source>
        <translation>Register a prospect</translation>
    </message>
    <message>
        <location filename="../../qml/pages/NewCustomerPage.qml" line="66" />
        <source>Name (required)</source>
        <translation>Name (required)</translation>
    </message>
    <message>
        <location filename="../../qml/pages/NewCustomerPage.qml" line="67" />
        <source>e.g. 佐藤 健一</source>
        <translation>e.g. 佐藤 健一</translation>
    </message>
    <message>
        <location filename="../../qml/pages/NewCustomerPage.qml" line="78" />
        <source>Reading in kana (required)</source>
        <translation>Reading in kana (required)</translation>
    </message>
    <message>
        <location filename="../../qml/pages/NewCustomerPage.qml" line="79" />
        <source>e.g. サトウ ケンイチ</source>
        <translation>e.g. サトウ ケンイチ</translation>
    </message>
    <message>
        <location filename="../../qml/pages/NewCustomerPage.qml" line="80" />
        <source>Lets you find the customer by kana or romaji.</source>
        <translation>Lets you find the customer by kana or romaji.</translation>
    </message>
    <message>
        <location filename="../../qml/pages/NewCustomerPage.qml" line="91" />
        <source>Business name</source>
        <translation>Business name</translation>
    </message>
    <message>
        <location filename="../../qml/pages/NewCustomerPage.qml" line="92" />
        <source>e.g. 佐藤工務店</source>
        <translation>e.g. 佐藤工務店</translation>
    </message>
    <message>
        <location filename="../../qml/pages/NewCustomerPage.qml" line="103" />
        <source>Representative</source>
        <translation>Representative</translation>
    </message>
    <message>
        <location filename="../../qml/pages/NewCustomerPage.qml" line="114" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../qml/pages/NewCustomerPage.qml" line="115" />
        <source>e.g. 03-1234-5678</source>
        <translation>e.g. 03-1234-5678</translation>
    </message>
    <message>
        <location filename="../../qml/pages/NewCustomerPage.qml" line="126" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../qml/pages/NewCustomerPage.qml" line="154" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../qml/pages/NewCustomerPage.qml" line="163" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../qml/pages/NewCustomerPage.qml" line="163" />
        <source>Register</source>
        <translation>Register</translation>
    </message>
</context>
<context>
    <name>NextContractsPanel</name>
    <message>
        <location filename="../../qml/components/NextContractsPanel.qml" line="42" />
        <source>Next for me</source>
        <translation>Next for me</translation>
    </message>
    <message>
        <location filename="../../qml/components/NextContractsPanel.qml" line="169" />
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
    <name>ProfileSheetForm</name>
    <message>
        <location filename="../../qml/components/ProfileSheetForm.qml" line="22" />
        <source>Profile sheet</source>
        <translation>Profile sheet</translation>
    </message>
    <message>
        <location filename="../../qml/components/ProfileSheetForm.qml" line="50" />
        <source>Representative's year of birth</source>
        <translation>Representative's year of birth</translation>
    </message>
    <message>
        <location filename="../../qml/components/ProfileSheetForm.qml" line="52" />
        <source>e.g. 1968</source>
        <translation>e.g. 1968</translation>
    </message>
    <message>
        <location filename="../../qml/components/ProfileSheetForm.qml" line="66" />
        <source>or age this year</source>
        <translation>or age this year</translation>
    </message>
    <message>
        <location filename="../../qml/components/ProfileSheetForm.qml" line="83" />
        <source>Years in business</source>
        <translation>Years in business</translation>
    </message>
    <message>
        <location filename="../../qml/components/ProfileSheetForm.qml" line="98" />
        <source>Years in this trade</source>
        <translation>Years in this trade</translation>
    </message>
    <message>
        <location filename="../../qml/components/ProfileSheetForm.qml" line="112" />
        <source>Business form</source>
        <translation>Business form</translation>
    </message>
    <message>
        <location filename="../../qml/components/ProfileSheetForm.qml" line="121" />
        <source>Smartphone use</source>
        <translation>Smartphone use</translation>
    </message>
    <message>
        <location filename="../../qml/components/ProfileSheetForm.qml" line="130" />
        <source>What the representative can do on a PC</source>
        <translation>What the representative can do on a PC</translation>
    </message>
    <message>
        <location filename="../../qml/components/ProfileSheetForm.qml" line="138" />
        <source>IT products in use</source>
        <translation>IT products in use</translation>
    </message>
    <message>
        <location filename="../../qml/components/ProfileSheetForm.qml" line="162" />
        <source>%1  ✕</source>
        <translation>%1  ✕</translation>
    </message>
    <message>
        <location filename="../../qml/components/ProfileSheetForm.qml" line="184" />
        <source>e.g. accounting software, online banking</source>
        <translation>e.g. accounting software, online banking</translation>
    </message>
    <message>
        <location filename="../../qml/components/ProfileSheetForm.qml" line="191" />
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../qml/components/ProfileSheetForm.qml" line="204" />
        <source>IT literacy: %1</source>
        <translation>IT literacy: %1</translation>
    </message>
    <message>
        <location filename="../../qml/components/ProfileSheetForm.qml" line="219" />
        <source>Screening declarations</source>
        <translation>Screening declarations</translation>
    </message>
    <message>
        <location filename="../../qml/components/ProfileSheetForm.qml" line="228" />
        <source>The representative is %1 or older: a successor must be present, hear the explanation and sign too.</source>
        <translation>The representative is %1 or older: a successor must be present, hear the explanation and sign too.</translation>
    </message>
    <message>
        <location filename="../../qml/components/ProfileSheetForm.qml" line="238" />
        <source>A successor is present and hears the explanation</source>
        <translation>A successor is present and hears the explanation</translation>
    </message>
    <message>
        <location filename="../../qml/components/ProfileSheetForm.qml" line="249" />
        <source>The successor will sign the contract too</source>
        <translation>The successor will sign the contract too</translation>
    </message>
    <message>
        <location filename="../../qml/components/ProfileSheetForm.qml" line="259" />
        <source>The representative declares going full-time</source>
        <translation>The representative declares going full-time</translation>
    </message>
    <message>
        <location filename="../../qml/components/ProfileSheetForm.qml" line="268" />
        <source>Antisocial forces (the signed declaration is part of the explanation)</source>
        <translation>Antisocial forces (the signed declaration is part of the explanation)</translation>
    </message>
    <message>
        <location filename="../../qml/components/ProfileSheetForm.qml" line="293" />
        <source>Screening if recorded now: %1</source>
        <translation>Screening if recorded now: %1</translation>
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
        <translation>Record the new profile and screening</translation>
    </message>
    <message>
        <location filename="../../qml/components/ProfileSheetForm.qml" line="358" />
        <source>Record profile and screening</source>
        <translation>Record profile and screening</translation>
    </message>
    <message>
        <location filename="../../qml/components/ProfileSheetForm.qml" line="378" />
        <source>Record a refusal?</source>
        <translation>Record a refusal?</translation>
    </message>
    <message>
        <location filename="../../qml/components/ProfileSheetForm.qml" line="382" />
        <source>Back to the sheet</source>
        <translation>Back to the sheet</translation>
    </message>
    <message>
        <location filename="../../qml/components/ProfileSheetForm.qml" line="388" />
        <source>Record the refusal</source>
        <translation>Record the refusal</translation>
    </message>
    <message>
        <location filename="../../qml/components/ProfileSheetForm.qml" line="397" />
        <source>The screening refuses this prospect. Once recorded, no visit, explanation or contract is possible for them, and the sheet cannot be changed on the tablet.</source>
        <translation>The screening refuses this prospect. Once recorded, no visit, explanation or contract is possible for them, and the sheet cannot be changed on the tablet.</translation>
    </message>
</context>
<context>
    <name>SettingsAbout</name>
    <message>
        <location filename="../../qml/components/SettingsAbout.qml" line="52" />
        <source>App version</source>
        <translation>App version</translation>
    </message>
    <message>
        <location filename="../../qml/components/SettingsAbout.qml" line="58" />
        <source>Device ID</source>
        <translation>Device ID</translation>
    </message>
    <message>
        <location filename="../../qml/components/SettingsAbout.qml" line="64" />
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <location filename="../../qml/components/SettingsAbout.qml" line="65" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../qml/components/SettingsAbout.qml" line="70" />
        <source>Policy version</source>
        <translation>Policy version</translation>
    </message>
    <message>
        <location filename="../../qml/components/SettingsAbout.qml" line="76" />
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/components/SettingsAbout.qml" line="77" />
        <source>%n record(s) on this tablet</source>
        <translation><numerusform>%n record on this tablet</numerusform><numerusform>%n records on this tablet</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/components/SettingsAbout.qml" line="83" />
        <source>Content packs</source>
        <translation>Content packs</translation>
    </message>
    <message>
        <location filename="../../qml/components/SettingsAbout.qml" line="103" />
        <source>%1, version %2
hash %3</source>
        <translation>%1, version %2
hash %3</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="20" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="54" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="64" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="86" />
        <source>About this tablet</source>
        <translation>About this tablet</translation>
    </message>
</context>
<context>
    <name>SettingsPinChange</name>
    <message>
        <location filename="../../qml/components/SettingsPinChange.qml" line="32" />
        <source>Use at least 6 digits, or a passphrase of at least 8 characters. The records are not re-encrypted; only the key is locked with the new PIN.</source>
        <translation>Use at least 6 digits, or a passphrase of at least 8 characters. The records are not re-encrypted; only the key is locked with the new PIN.</translation>
    </message>
    <message>
        <location filename="../../qml/components/SettingsPinChange.qml" line="46" />
        <source>Current PIN</source>
        <translation>Current PIN</translation>
    </message>
    <message>
        <location filename="../../qml/components/SettingsPinChange.qml" line="59" />
        <source>New PIN</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <location filename="../../qml/components/SettingsPinChange.qml" line="72" />
        <source>New PIN again</source>
        <translation>New PIN again</translation>
    </message>
    <message>
        <location filename="../../qml/components/SettingsPinChange.qml" line="95" />
        <source>Change PIN</source>
        <translation>Change PIN</translation>
    </message>
    <message>
        <location filename="../../qml/components/SettingsPinChange.qml" line="114" />
        <source>Changing the PIN…</source>
        <translation>Changing the PIN…</translation>
    </message>
    <message>
        <location filename="../../qml/components/SettingsPinChange.qml" line="134" />
        <source>The PIN was changed. Use the new PIN from the next unlock.</source>
        <translation>The PIN was changed. Use the new PIN from the next unlock.</translation>
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
        <location filename="../../qml/components/SyncPanel.qml" line="44" />
        <source>Head office</source>
        <translation>Head office</translation>
    </message>
    <message>
        <location filename="../../qml/components/SyncPanel.qml" line="127" />
        <source>Enrollment code</source>
        <translation>Enrollment code</translation>
    </message>
    <message>
        <location filename="../../qml/components/SyncPanel.qml" line="135" />
        <source>Enroll</source>
        <translation>Enroll</translation>
    </message>
    <message>
        <location filename="../../qml/components/SyncPanel.qml" line="146" />
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location filename="../../qml/components/SyncPanel.qml" line="146" />
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
</context>
<context>
    <name>TimelineCancelDialog</name>
    <message>
        <location filename="../../qml/components/TimelineCancelDialog.qml" line="22" />
        <source>Cancel the contract</source>
        <translation>Cancel the contract</translation>
    </message>
    <message>
        <location filename="../../qml/components/TimelineCancelDialog.qml" line="75" />
        <source>Name of the customer who signs</source>
        <translation>Name of the customer who signs</translation>
    </message>
    <message>
        <location filename="../../qml/components/TimelineCancelDialog.qml" line="97" />
        <source>Reason, in the customer's words (optional)</source>
        <translation>Reason, in the customer's words (optional)</translation>
    </message>
    <message>
        <location filename="../../qml/components/TimelineCancelDialog.qml" line="109" />
        <source>Customer's signature</source>
        <translation>Customer's signature</translation>
    </message>
    <message>
        <location filename="../../qml/components/TimelineCancelDialog.qml" line="133" />
        <source>Keep the contract</source>
        <translation>Keep the contract</translation>
    </message>
    <message>
        <location filename="../../qml/components/TimelineCancelDialog.qml" line="142" />
        <source>Record the cancellation</source>
        <translation>Record the cancellation</translation>
    </message>
</context>
<context>
    <name>TimelineEventRow</name>
    <message>
        <location filename="../../qml/components/TimelineEventRow.qml" line="140" />
        <source>Refused by the rules: %1</source>
        <translation>Refused by the rules: %1</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <location filename="../../qml/pages/TimelinePage.qml" line="28" />
        <source>Contract: %1</source>
        <translation>Contract: %1</translation>
    </message>
    <message>
        <location filename="../../qml/pages/TimelinePage.qml" line="28" />
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location filename="../../qml/pages/TimelinePage.qml" line="77" />
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/pages/TimelinePage.qml" line="85" />
        <source>%n record(s)</source>
        <translation><numerusform>%n record</numerusform><numerusform>%n records</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/pages/TimelinePage.qml" line="125" />
        <source>No record of this contract on this tablet.</source>
        <translation>No record of this contract on this tablet.</translation>
    </message>
</context>
<context>
    <name>TimelineSideCard</name>
    <message>
        <location filename="../../qml/components/TimelineSideCard.qml" line="80" />
        <source>Disputed</source>
        <translation>Disputed</translation>
    </message>
    <message>
        <location filename="../../qml/components/TimelineSideCard.qml" line="80" />
        <source>On hold</source>
        <translation>On hold</translation>
    </message>
    <message>
        <location filename="../../qml/components/TimelineSideCard.qml" line="93" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../qml/components/TimelineSideCard.qml" line="143" />
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../qml/components/TimelineSideCard.qml" line="152" />
        <source>Cooling-off</source>
        <translation>Cooling-off</translation>
    </message>
    <message>
        <location filename="../../qml/components/TimelineSideCard.qml" line="162" />
        <source>Concluded</source>
        <translation>Concluded</translation>
    </message>
    <message>
        <location filename="../../qml/components/TimelineSideCard.qml" line="169" />
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../qml/components/TimelineSideCard.qml" line="176" />
        <source>Trial period</source>
        <translation>Trial period</translation>
    </message>
    <message>
        <location filename="../../qml/components/TimelineSideCard.qml" line="184" />
        <source>Use confirmed</source>
        <translation>Use confirmed</translation>
    </message>
    <message>
        <location filename="../../qml/components/TimelineSideCard.qml" line="191" />
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../../qml/components/TimelineSideCard.qml" line="198" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../qml/components/TimelineSideCard.qml" line="207" />
        <source>Confirmation calls by head office</source>
        <translation>Confirmation calls by head office</translation>
    </message>
    <message>
        <location filename="../../qml/components/TimelineSideCard.qml" line="240" />
        <source>Call results reach this tablet with the next sync.</source>
        <translation>Call results reach this tablet with the next sync.</translation>
    </message>
    <message>
        <location filename="../../qml/components/TimelineSideCard.qml" line="263" />
        <source>Continue the explanation</source>
        <translation>Continue the explanation</translation>
    </message>
    <message>
        <location filename="../../qml/components/TimelineSideCard.qml" line="293" />
        <source>Cancellation</source>
        <translation>Cancellation</translation>
    </message>
    <message>
        <location filename="../../qml/components/TimelineSideCard.qml" line="316" />
        <source>Cancel the contract…</source>
        <translation>Cancel the contract…</translation>
    </message>
</context>
<context>
    <name>TimelineText</name>
    <message numerus="yes">
        <location filename="../../app/models/timelinetext.cpp" line="96" />
        <source>%n min</source>
        <translation><numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="97" />
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="109" />
        <source>No contract</source>
        <translation>No contract</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="111" />
        <source>Explaining the important matters</source>
        <translation>Explaining the important matters</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="113" />
        <source>Concluded: waiting for the first confirmation call (C1)</source>
        <translation>Concluded: waiting for the first confirmation call (C1)</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="115" />
        <source>Delivery lecture in progress</source>
        <translation>Delivery lecture in progress</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="115" />
        <source>Ready for the delivery lecture</source>
        <translation>Ready for the delivery lecture</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="117" />
        <source>Delivered: waiting for the second confirmation call (C2)</source>
        <translation>Delivered: waiting for the second confirmation call (C2)</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="119" />
        <source>C2 clean: the trial period starts next</source>
        <translation>C2 clean: the trial period starts next</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="121" />
        <source>In the trial period</source>
        <translation>In the trial period</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="123" />
        <source>Use confirmed: waiting for the inspection call (C3)</source>
        <translation>Use confirmed: waiting for the inspection call (C3)</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="125" />
        <source>All three calls clean: head office decides the start</source>
        <translation>All three calls clean: head office decides the start</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="127" />
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="129" />
        <source>Started: in follow-up</source>
        <translation>Started: in follow-up</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="131" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="133" />
        <source>Credit contract cancelled</source>
        <translation>Credit contract cancelled</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="148" />
        <source>Cooling-off starts when the contract is concluded.</source>
        <translation>Cooling-off starts when the contract is concluded.</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="151" />
        <source>Cooling-off ended on %1</source>
        <translation>Cooling-off ended on %1</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="153" />
        <source>Cooling-off until %1 (last day today)</source>
        <translation>Cooling-off until %1 (last day today)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/models/timelinetext.cpp" line="154" />
        <source>Cooling-off until %1 (%n day(s) left)</source>
        <translation><numerusform>Cooling-off until %1 (%n day left)</numerusform><numerusform>Cooling-off until %1 (%n days left)</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="160" />
        <source>Nothing more: the contract has ended.</source>
        <translation>Nothing more: the contract has ended.</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="162" />
        <source>Head office works on the dispute; the contract waits until it is settled.</source>
        <translation>Head office works on the dispute; the contract waits until it is settled.</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="164" />
        <source>Head office resolves the problem the %1 call found, then calls again.</source>
        <translation>Head office resolves the problem the %1 call found, then calls again.</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="169" />
        <source>Continue the explanation: %1 of %2 items confirmed.</source>
        <translation>Continue the explanation: %1 of %2 items confirmed.</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="171" />
        <source>Head office makes the first confirmation call (C1).</source>
        <translation>Head office makes the first confirmation call (C1).</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="173" />
        <source>The installer continues the delivery lecture: %1 of %2 items taught.</source>
        <translation>The installer continues the delivery lecture: %1 of %2 items taught.</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="176" />
        <source>The installer gives the delivery lecture at the customer's site.</source>
        <translation>The installer gives the delivery lecture at the customer's site.</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="178" />
        <source>Head office makes the second confirmation call (C2).</source>
        <translation>Head office makes the second confirmation call (C2).</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="180" />
        <source>The trial period starts.</source>
        <translation>The trial period starts.</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="182" />
        <source>The customer uses the product; after the trial, head office asks for the confirmation of use.</source>
        <translation>The customer uses the product; after the trial, head office asks for the confirmation of use.</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="184" />
        <source>Head office makes the inspection call (C3).</source>
        <translation>Head office makes the inspection call (C3).</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="186" />
        <source>Head office decides the start.</source>
        <translation>Head office decides the start.</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="189" />
        <source>Follow-up: head office watches the use and offers a free re-lecture when needed (P5).</source>
        <translation>Follow-up: head office watches the use and offers a free re-lecture when needed (P5).</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="201" />
        <source>Cooling-off: free of charge</source>
        <translation>Cooling-off: free of charge</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="203" />
        <source>Free: no cost incurred yet</source>
        <translation>Free: no cost incurred yet</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="205" />
        <source>With cost</source>
        <translation>With cost</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="209" />
        <source>Not possible now</source>
        <translation>Not possible now</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="216" />
        <source>The customer is within the cooling-off period: the contract can be cancelled free of charge, without giving a reason.</source>
        <translation>The customer is within the cooling-off period: the contract can be cancelled free of charge, without giving a reason.</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="219" />
        <source>The cooling-off period has ended. Cancelling is still free, because head office has not placed an order with cost yet.</source>
        <translation>The cooling-off period has ended. Cancelling is still free, because head office has not placed an order with cost yet.</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="222" />
        <source>The cooling-off period has ended and head office placed an order with cost on %1. The customer may have to bear that cost.</source>
        <translation>The cooling-off period has ended and head office placed an order with cost on %1. The customer may have to bear that cost.</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="237" />
        <source>This contract has already ended (cancelled or credit contract cancelled). Nothing more can be recorded for it.</source>
        <translation>This contract has already ended (cancelled or credit contract cancelled). Nothing more can be recorded for it.</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="240" />
        <source>This is not possible at the contract's current stage.</source>
        <translation>This is not possible at the contract's current stage.</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="242" />
        <source>The contract is on hold until head office resolves the problem a call found.</source>
        <translation>The contract is on hold until head office resolves the problem a call found.</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="244" />
        <source>The contract makes no progress while a dispute is open.</source>
        <translation>The contract makes no progress while a dispute is open.</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="246" />
        <source>The call does not fit the contract's stage.</source>
        <translation>The call does not fit the contract's stage.</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="248" />
        <source>Confirmation calls are made without the sales rep (M2).</source>
        <translation>Confirmation calls are made without the sales rep (M2).</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="250" />
        <source>The inspection call (C3) is made by someone other than the installer (M2).</source>
        <translation>The inspection call (C3) is made by someone other than the installer (M2).</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="252" />
        <source>The lecture is shorter than the minimum time (D1).</source>
        <translation>The lecture is shorter than the minimum time (D1).</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="254" />
        <source>Some lecture items are not taught or not understood yet (D2).</source>
        <translation>Some lecture items are not taught or not understood yet (D2).</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="256" />
        <source>The trial period has not ended yet (D3).</source>
        <translation>The trial period has not ended yet (D3).</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="258" />
        <source>A product that was never used cannot start (D3).</source>
        <translation>A product that was never used cannot start (D3).</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="260" />
        <source>The signature does not cover the content that was shown.</source>
        <translation>The signature does not cover the content that was shown.</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="264" />
        <source>Refused by the rules (%1).</source>
        <translation>Refused by the rules (%1).</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="272" />
        <source>a guarantee of results was mentioned (S1)</source>
        <translation>a guarantee of results was mentioned (S1)</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="274" />
        <source>the sales conduct was not as agreed (S2)</source>
        <translation>the sales conduct was not as agreed (S2)</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="276" />
        <source>the lecture was not as required (D1, D2)</source>
        <translation>the lecture was not as required (D1, D2)</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="278" />
        <source>the product was not used (D3)</source>
        <translation>the product was not used (D3)</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="287" />
        <source>Explanation of the important matters started</source>
        <translation>Explanation of the important matters started</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="289" />
        <source>Item explained</source>
        <translation>Item explained</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="291" />
        <source>Item confirmed by the customer</source>
        <translation>Item confirmed by the customer</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="293" />
        <source>Rep attested that no guarantee was given (S1)</source>
        <translation>Rep attested that no guarantee was given (S1)</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="297" />
        <source>Important matters signed by the customer</source>
        <translation>Important matters signed by the customer</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="299" />
        <source>Important matters signed by the successor</source>
        <translation>Important matters signed by the successor</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="300" />
        <source>Important matters signed by the sales rep</source>
        <translation>Important matters signed by the sales rep</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="303" />
        <source>Contract concluded</source>
        <translation>Contract concluded</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="305" />
        <source>Confirmation call %1</source>
        <translation>Confirmation call %1</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="307" />
        <source>Hold resolved by head office</source>
        <translation>Hold resolved by head office</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="309" />
        <source>Delivery lecture started</source>
        <translation>Delivery lecture started</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="311" />
        <source>Lecture paused</source>
        <translation>Lecture paused</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="313" />
        <source>Lecture resumed</source>
        <translation>Lecture resumed</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="315" />
        <source>Lecture item taught</source>
        <translation>Lecture item taught</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="317" />
        <source>Lecture item understood by the customer</source>
        <translation>Lecture item understood by the customer</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="319" />
        <source>Delivery confirmation signed by the customer</source>
        <translation>Delivery confirmation signed by the customer</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="321" />
        <source>Trial period started</source>
        <translation>Trial period started</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="323" />
        <source>Use confirmed by the customer</source>
        <translation>Use confirmed by the customer</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="325" />
        <source>Contract started</source>
        <translation>Contract started</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="327" />
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="329" />
        <source>Use reported</source>
        <translation>Use reported</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="331" />
        <source>Order with cost placed</source>
        <translation>Order with cost placed</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="333" />
        <source>Contract cancelled</source>
        <translation>Contract cancelled</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="335" />
        <source>Dispute opened</source>
        <translation>Dispute opened</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="337" />
        <source>Dispute resolved</source>
        <translation>Dispute resolved</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="339" />
        <source>Credit contract cancelled (P6)</source>
        <translation>Credit contract cancelled (P6)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/models/timelinetext.cpp" line="350" />
        <location filename="../../app/models/timelinetext.cpp" line="385" />
        <source>%n item(s)</source>
        <translation><numerusform>%n item</numerusform><numerusform>%n items</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="351" />
        <source>content version %1</source>
        <translation>content version %1</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="354" />
        <source>%1 of %2: %3</source>
        <translation>%1 of %2: %3</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="362" />
        <source>seal affixed on paper</source>
        <translation>seal affixed on paper</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="363" />
        <source>seal recorded as an image</source>
        <translation>seal recorded as an image</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="367" />
        <source>Cooling-off %1 days, trial %2 days, lecture at least %3</source>
        <translation>Cooling-off %1 days, trial %2 days, lecture at least %3</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="374" />
        <source>Not reached: head office will call again</source>
        <translation>Not reached: head office will call again</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="376" />
        <source>Problem found: %1. The contract is on hold.</source>
        <translation>Problem found: %1. The contract is on hold.</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="378" />
        <source>No problem found</source>
        <translation>No problem found</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="384" />
        <source>Extended lecture</source>
        <translation>Extended lecture</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="384" />
        <source>Standard lecture</source>
        <translation>Standard lecture</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="389" />
        <source>%1 of lecture so far</source>
        <translation>%1 of lecture so far</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="397" />
        <source>%1 of lecture</source>
        <translation>%1 of lecture</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/models/timelinetext.cpp" line="402" />
        <source>%n day(s), until %1</source>
        <translation><numerusform>%n day, until %1</numerusform><numerusform>%n days, until %1</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="406" />
        <source>Used, no defects, agrees to the start</source>
        <translation>Used, no defects, agrees to the start</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="410" />
        <source>Free re-lecture (P5)</source>
        <translation>Free re-lecture (P5)</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="411" />
        <source>Call about lapsed use (P5)</source>
        <translation>Call about lapsed use (P5)</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="412" />
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="416" />
        <source>Last used on %1</source>
        <translation>Last used on %1</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="418" />
        <source>Order %1 · ¥%2</source>
        <translation>Order %1 · ¥%2</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="421" />
        <source>signed by the customer</source>
        <translation>signed by the customer</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="422" />
        <source>signed by %1</source>
        <translation>signed by %1</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="427" />
        <source>The credit company's advance-payment contract is cancelled; customer and dealer settle the sales contract between them.</source>
        <translation>The credit company's advance-payment contract is cancelled; customer and dealer settle the sales contract between them.</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="435" />
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="437" />
        <source>Sales rep %1</source>
        <translation>Sales rep %1</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="439" />
        <source>Installer %1</source>
        <translation>Installer %1</translation>
    </message>
    <message>
        <location filename="../../app/models/timelinetext.cpp" line="441" />
        <source>Head office %1</source>
        <translation>Head office %1</translation>
    </message>
</context>
<context>
    <name>TodayVisitsPanel</name>
    <message>
        <location filename="../../qml/components/TodayVisitsPanel.qml" line="37" />
        <source>Today's visits</source>
        <translation>Today's visits</translation>
    </message>
    <message>
        <location filename="../../qml/components/TodayVisitsPanel.qml" line="148" />
        <source>No appointments today.</source>
        <translation>No appointments today.</translation>
    </message>
</context>
<context>
    <name>VisitBookingPopup</name>
    <message>
        <location filename="../../qml/components/VisitBookingPopup.qml" line="53" />
        <source>Book a visit</source>
        <translation>Book a visit</translation>
    </message>
    <message>
        <location filename="../../qml/components/VisitBookingPopup.qml" line="62" />
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../qml/components/VisitBookingPopup.qml" line="73" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../qml/components/VisitBookingPopup.qml" line="143" />
        <source>Visit: %1</source>
        <translation>Visit: %1</translation>
    </message>
    <message>
        <location filename="../../qml/components/VisitBookingPopup.qml" line="180" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../qml/components/VisitBookingPopup.qml" line="189" />
        <source>Book visit</source>
        <translation>Book visit</translation>
    </message>
</context>
<context>
    <name>VisitPage</name>
    <message>
        <location filename="../../qml/pages/VisitPage.qml" line="39" />
        <source>Visit: %1</source>
        <translation>Visit: %1</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VisitPage.qml" line="39" />
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VisitPage.qml" line="45" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VisitPage.qml" line="93" />
        <source>Visit in progress</source>
        <translation>Visit in progress</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VisitPage.qml" line="93" />
        <source>Start the visit</source>
        <translation>Start the visit</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VisitPage.qml" line="109" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VisitPage.qml" line="131" />
        <source>Customer declined</source>
        <translation>Customer declined</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VisitPage.qml" line="144" />
        <source>End visit</source>
        <translation>End visit</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VisitPage.qml" line="167" />
        <source>Why is the visit at this time?</source>
        <translation>Why is the visit at this time?</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VisitPage.qml" line="180" />
        <source>Start visit</source>
        <translation>Start visit</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VisitPage.qml" line="212" />
        <source>Appointments</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VisitPage.qml" line="223" />
        <source>%1 (outside the allowed hours)</source>
        <translation>%1 (outside the allowed hours)</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VisitPage.qml" line="233" />
        <source>No appointment booked.</source>
        <translation>No appointment booked.</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VisitPage.qml" line="244" />
        <source>Book a visit</source>
        <translation>Book a visit</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VisitPage.qml" line="261" />
        <source>The customer declined?</source>
        <translation>The customer declined?</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VisitPage.qml" line="265" />
        <source>Back to the visit</source>
        <translation>Back to the visit</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VisitPage.qml" line="271" />
        <source>Record: the customer declined</source>
        <translation>Record: the customer declined</translation>
    </message>
</context>
<context>
    <name>VisitTimer</name>
    <message>
        <location filename="../../qml/components/VisitTimer.qml" line="67" />
        <source>%1 % of %2 min</source>
        <translation>%1 % of %2 min</translation>
    </message>
</context>
<context>
    <name>WalkthroughAttestation</name>
    <message>
        <location filename="../../qml/components/WalkthroughAttestation.qml" line="46" />
        <source>The customer confirmed all %1 items.</source>
        <translation>The customer confirmed all %1 items.</translation>
    </message>
    <message>
        <location filename="../../qml/components/WalkthroughAttestation.qml" line="55" />
        <source>For the sales representative</source>
        <translation>For the sales representative</translation>
    </message>
    <message>
        <location filename="../../qml/components/WalkthroughAttestation.qml" line="79" />
        <source>I did not promise or guarantee the customer any number of customers, any sales or any results from this product, neither in words nor in writing.</source>
        <translation>I did not promise or guarantee the customer any number of customers, any sales or any results from this product, neither in words nor in writing.</translation>
    </message>
    <message>
        <location filename="../../qml/components/WalkthroughAttestation.qml" line="93" />
        <source>I attest that this is true.</source>
        <translation>I attest that this is true.</translation>
    </message>
    <message>
        <location filename="../../qml/components/WalkthroughAttestation.qml" line="101" />
        <source>The attestation is recorded with the time and is asked again in every confirmation call from head office.</source>
        <translation>The attestation is recorded with the time and is asked again in every confirmation call from head office.</translation>
    </message>
    <message>
        <location filename="../../qml/components/WalkthroughAttestation.qml" line="126" />
        <source>Back to the items</source>
        <translation>Back to the items</translation>
    </message>
    <message>
        <location filename="../../qml/components/WalkthroughAttestation.qml" line="141" />
        <source>Attest and go to the signatures</source>
        <translation>Attest and go to the signatures</translation>
    </message>
</context>
<context>
    <name>WalkthroughCopyView</name>
    <message>
        <location filename="../../qml/components/WalkthroughCopyView.qml" line="64" />
        <location filename="../../qml/components/WalkthroughCopyView.qml" line="121" />
        <source>Tap the page to enlarge it.</source>
        <translation>Tap the page to enlarge it.</translation>
    </message>
    <message>
        <location filename="../../qml/components/WalkthroughCopyView.qml" line="81" />
        <source>Preparing the customer's copy…</source>
        <translation>Preparing the customer's copy…</translation>
    </message>
    <message>
        <location filename="../../qml/components/WalkthroughCopyView.qml" line="92" />
        <source>The copy is ready. Its preview cannot be shown on this tablet; open the saved PDF to view it.</source>
        <translation>The copy is ready. Its preview cannot be shown on this tablet; open the saved PDF to view it.</translation>
    </message>
    <message>
        <location filename="../../qml/components/WalkthroughCopyView.qml" line="115" />
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../../qml/components/WalkthroughCopyView.qml" line="129" />
        <source>Page %1 / %2</source>
        <translation>Page %1 / %2</translation>
    </message>
    <message>
        <location filename="../../qml/components/WalkthroughCopyView.qml" line="137" />
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../../qml/components/WalkthroughCopyView.qml" line="158" />
        <source>The contract is concluded.</source>
        <translation>The contract is concluded.</translation>
    </message>
    <message>
        <location filename="../../qml/components/WalkthroughCopyView.qml" line="167" />
        <source>Every item was explained and confirmed, and every signature is recorded. Here is the customer's copy of the important matters.</source>
        <translation>Every item was explained and confirmed, and every signature is recorded. Here is the customer's copy of the important matters.</translation>
    </message>
    <message>
        <location filename="../../qml/components/WalkthroughCopyView.qml" line="176" />
        <source>Record hash (also the QR code on the copy)</source>
        <translation>Record hash (also the QR code on the copy)</translation>
    </message>
    <message>
        <location filename="../../qml/components/WalkthroughCopyView.qml" line="197" />
        <source>The copy could not be made. The record is safe; try again.</source>
        <translation>The copy could not be made. The record is safe; try again.</translation>
    </message>
    <message>
        <location filename="../../qml/components/WalkthroughCopyView.qml" line="207" />
        <source>Make the copy again</source>
        <translation>Make the copy again</translation>
    </message>
    <message>
        <location filename="../../qml/components/WalkthroughCopyView.qml" line="218" />
        <source>Save copy</source>
        <translation>Save copy</translation>
    </message>
    <message>
        <location filename="../../qml/components/WalkthroughCopyView.qml" line="218" />
        <source>Saved ✓</source>
        <translation>Saved ✓</translation>
    </message>
    <message>
        <location filename="../../qml/components/WalkthroughCopyView.qml" line="228" />
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <location filename="../../qml/components/WalkthroughCopyView.qml" line="243" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../qml/components/WalkthroughCopyView.qml" line="298" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>WalkthroughPage</name>
    <message>
        <location filename="../../qml/pages/WalkthroughPage.qml" line="24" />
        <source>Important matters</source>
        <translation>Important matters</translation>
    </message>
    <message>
        <location filename="../../qml/pages/WalkthroughPage.qml" line="25" />
        <source>Important matters: %1</source>
        <translation>Important matters: %1</translation>
    </message>
    <message>
        <location filename="../../qml/pages/WalkthroughPage.qml" line="73" />
        <source>The important matters cannot be explained</source>
        <translation>The important matters cannot be explained</translation>
    </message>
</context>
<context>
    <name>WalkthroughSession</name>
    <message>
        <location filename="../../app/models/walkthroughsession.cpp" line="42" />
        <source>en</source>
        <comment>language code of the important-matters texts: ja in the Japanese translation</comment>
        <translation>en</translation>
    </message>
</context>
<context>
    <name>WalkthroughSignatureStep</name>
    <message>
        <location filename="../../qml/components/WalkthroughSignatureStep.qml" line="49" />
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <location filename="../../qml/components/WalkthroughSignatureStep.qml" line="96" />
        <source>Each signature covers every item as it was shown and confirmed, with the times.</source>
        <translation>Each signature covers every item as it was shown and confirmed, with the times.</translation>
    </message>
    <message>
        <location filename="../../qml/components/WalkthroughSignatureStep.qml" line="111" />
        <source>Signature: %1</source>
        <translation>Signature: %1</translation>
    </message>
    <message>
        <location filename="../../qml/components/WalkthroughSignatureStep.qml" line="122" />
        <source>The sales representative signs last, confirming that every item was explained as shown.</source>
        <translation>The sales representative signs last, confirming that every item was explained as shown.</translation>
    </message>
    <message>
        <location filename="../../qml/components/WalkthroughSignatureStep.qml" line="123" />
        <source>By signing you confirm that every item was explained to you and that you understood it.</source>
        <translation>By signing you confirm that every item was explained to you and that you understood it.</translation>
    </message>
    <message>
        <location filename="../../qml/components/WalkthroughSignatureStep.qml" line="134" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../qml/components/WalkthroughSignatureStep.qml" line="146" />
        <source>Full name of the person signing</source>
        <translation>Full name of the person signing</translation>
    </message>
    <message>
        <location filename="../../qml/components/WalkthroughSignatureStep.qml" line="181" />
        <source>Seal affixed on the paper copy</source>
        <translation>Seal affixed on the paper copy</translation>
    </message>
    <message>
        <location filename="../../qml/components/WalkthroughSignatureStep.qml" line="195" />
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
</context>
<context>
    <name>kakunin::AppSession</name>
    <message>
        <location filename="../../app/models/appsession.cpp" line="48" />
        <source>The two PINs do not match.</source>
        <translation>The two PINs do not match.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/models/appsession.cpp" line="50" />
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation><numerusform>Too many wrong PINs. Try again in %n second.</numerusform><numerusform>Too many wrong PINs. Try again in %n seconds.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/models/appsession.cpp" line="52" />
        <source>That PIN is not correct (%n failed attempt(s)).</source>
        <translation><numerusform>That PIN is not correct (%n failed attempt).</numerusform><numerusform>That PIN is not correct (%n failed attempts).</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/models/appsession.cpp" line="84" />
        <source>Sales rep</source>
        <translation>Sales rep</translation>
    </message>
    <message>
        <location filename="../../app/models/appsession.cpp" line="86" />
        <source>Installer</source>
        <translation>Installer</translation>
    </message>
</context>
<context>
    <name>kakunin::AppointmentForm</name>
    <message>
        <location filename="../../app/models/appointmentform.cpp" line="135" />
        <source>This is outside the allowed visit hours. The visit will need a recorded reason (the customer asked for this time, or their business hours).</source>
        <translation>This is outside the allowed visit hours. The visit will need a recorded reason (the customer asked for this time, or their business hours).</translation>
    </message>
    <message>
        <location filename="../../app/models/appointmentform.cpp" line="171" />
        <source>The tablet is locked.</source>
        <translation>The tablet is locked.</translation>
    </message>
    <message>
        <location filename="../../app/models/appointmentform.cpp" line="173" />
        <source>This customer is not one of yours.</source>
        <translation>This customer is not one of yours.</translation>
    </message>
    <message>
        <location filename="../../app/models/appointmentform.cpp" line="175" />
        <source>Only the sales representative books visits.</source>
        <translation>Only the sales representative books visits.</translation>
    </message>
    <message>
        <location filename="../../app/models/appointmentform.cpp" line="177" />
        <source>The screening refused this prospect: no visit can be booked.</source>
        <translation>The screening refused this prospect: no visit can be booked.</translation>
    </message>
    <message>
        <location filename="../../app/models/appointmentform.cpp" line="179" />
        <source>This time has already passed. Choose a later time.</source>
        <translation>This time has already passed. Choose a later time.</translation>
    </message>
    <message>
        <location filename="../../app/models/appointmentform.cpp" line="182" />
        <source>The customer declined a visit. No sales visit can be booked before %1.</source>
        <translation>The customer declined a visit. No sales visit can be booked before %1.</translation>
    </message>
    <message>
        <location filename="../../app/models/appointmentform.cpp" line="186" />
        <source>A visit is already booked at this time.</source>
        <translation>A visit is already booked at this time.</translation>
    </message>
</context>
<context>
    <name>kakunin::AppointmentListModel</name>
    <message>
        <location filename="../../app/models/appointmentlistmodel.cpp" line="180" />
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <location filename="../../app/models/appointmentlistmodel.cpp" line="182" />
        <source>Time to visit</source>
        <translation>Time to visit</translation>
    </message>
    <message>
        <location filename="../../app/models/appointmentlistmodel.cpp" line="184" />
        <source>Visit in progress</source>
        <translation>Visit in progress</translation>
    </message>
    <message>
        <location filename="../../app/models/appointmentlistmodel.cpp" line="186" />
        <source>Visited</source>
        <translation>Visited</translation>
    </message>
    <message>
        <location filename="../../app/models/appointmentlistmodel.cpp" line="188" />
        <source>Customer declined</source>
        <translation>Customer declined</translation>
    </message>
    <message>
        <location filename="../../app/models/appointmentlistmodel.cpp" line="190" />
        <source>No visit possible (screening)</source>
        <translation>No visit possible (screening)</translation>
    </message>
</context>
<context>
    <name>kakunin::ContractTimeline</name>
    <message>
        <location filename="../../app/models/contracttimeline.cpp" line="154" />
        <source>No such contract</source>
        <translation>No such contract</translation>
    </message>
    <message>
        <location filename="../../app/models/contracttimeline.cpp" line="189" />
        <source>Cooling-off until %1</source>
        <translation>Cooling-off until %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/models/contracttimeline.cpp" line="220" />
        <source>Starts after the C2 call (%n day(s))</source>
        <translation><numerusform>Starts after the C2 call (%n day)</numerusform><numerusform>Starts after the C2 call (%n days)</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/models/contracttimeline.cpp" line="224" />
        <source>Trial ended on %1: waiting for the customer's confirmation of use</source>
        <translation>Trial ended on %1: waiting for the customer's confirmation of use</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/models/contracttimeline.cpp" line="225" />
        <source>Trial until %1 (%n day(s) left)</source>
        <translation><numerusform>Trial until %1 (%n day left)</numerusform><numerusform>Trial until %1 (%n days left)</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/models/contracttimeline.cpp" line="227" />
        <source>Trial %1 – %2</source>
        <translation>Trial %1 – %2</translation>
    </message>
    <message>
        <location filename="../../app/models/contracttimeline.cpp" line="250" />
        <source>Cancelled on %1 (%2)</source>
        <translation>Cancelled on %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/models/contracttimeline.cpp" line="253" />
        <source>Credit contract cancelled on %1 (P6)</source>
        <translation>Credit contract cancelled on %1 (P6)</translation>
    </message>
    <message>
        <location filename="../../app/models/contracttimeline.cpp" line="299" />
        <source>Clean: no problem found (%1)</source>
        <translation>Clean: no problem found (%1)</translation>
    </message>
    <message>
        <location filename="../../app/models/contracttimeline.cpp" line="301" />
        <source>Problem found (%1): %2</source>
        <translation>Problem found (%1): %2</translation>
    </message>
    <message>
        <location filename="../../app/models/contracttimeline.cpp" line="305" />
        <source>Not made: the contract has ended</source>
        <translation>Not made: the contract has ended</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/models/contracttimeline.cpp" line="309" />
        <source>Waiting for head office (%n attempt(s), not reached yet)</source>
        <translation><numerusform>Waiting for head office (%n attempt, not reached yet)</numerusform><numerusform>Waiting for head office (%n attempts, not reached yet)</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/models/contracttimeline.cpp" line="310" />
        <source>Waiting for head office</source>
        <translation>Waiting for head office</translation>
    </message>
    <message>
        <location filename="../../app/models/contracttimeline.cpp" line="313" />
        <source>After the contract is concluded</source>
        <translation>After the contract is concluded</translation>
    </message>
    <message>
        <location filename="../../app/models/contracttimeline.cpp" line="315" />
        <source>After the delivery</source>
        <translation>After the delivery</translation>
    </message>
    <message>
        <location filename="../../app/models/contracttimeline.cpp" line="316" />
        <source>After the trial and the confirmation of use</source>
        <translation>After the trial and the confirmation of use</translation>
    </message>
    <message>
        <location filename="../../app/models/contracttimeline.cpp" line="325" />
        <source>On hold: head office is resolving a problem.</source>
        <translation>On hold: head office is resolving a problem.</translation>
    </message>
    <message>
        <location filename="../../app/models/contracttimeline.cpp" line="327" />
        <source>On hold since the %1 call on %2: %3.</source>
        <translation>On hold since the %1 call on %2: %3.</translation>
    </message>
    <message>
        <location filename="../../app/models/contracttimeline.cpp" line="330" />
        <source>Note from head office: %1</source>
        <translation>Note from head office: %1</translation>
    </message>
    <message>
        <location filename="../../app/models/contracttimeline.cpp" line="338" />
        <source>Dispute open since %1. If it is still open on %2, head office cancels the credit company's advance-payment contract (P6).</source>
        <translation>Dispute open since %1. If it is still open on %2, head office cancels the credit company's advance-payment contract (P6).</translation>
    </message>
    <message>
        <location filename="../../app/models/contracttimeline.cpp" line="387" />
        <source>There is no contract to cancel.</source>
        <translation>There is no contract to cancel.</translation>
    </message>
    <message>
        <location filename="../../app/models/contracttimeline.cpp" line="389" />
        <source>A cancellation is recorded by the sales rep or by head office.</source>
        <translation>A cancellation is recorded by the sales rep or by head office.</translation>
    </message>
    <message>
        <location filename="../../app/models/contracttimeline.cpp" line="392" />
        <source>This contract is already cancelled.</source>
        <translation>This contract is already cancelled.</translation>
    </message>
    <message>
        <location filename="../../app/models/contracttimeline.cpp" line="394" />
        <source>The contract is not concluded yet: stop the explanation instead of cancelling.</source>
        <translation>The contract is not concluded yet: stop the explanation instead of cancelling.</translation>
    </message>
    <message>
        <location filename="../../app/models/contracttimeline.cpp" line="473" />
        <source>Continue delivery lecture</source>
        <translation>Continue delivery lecture</translation>
    </message>
    <message>
        <location filename="../../app/models/contracttimeline.cpp" line="473" />
        <source>Start delivery lecture</source>
        <translation>Start delivery lecture</translation>
    </message>
</context>
<context>
    <name>kakunin::CustomerContractsModel</name>
    <message>
        <location filename="../../app/models/customercontractsmodel.cpp" line="80" />
        <source>Contracted %1</source>
        <translation>Contracted %1</translation>
    </message>
    <message>
        <location filename="../../app/models/customercontractsmodel.cpp" line="99" />
        <source>Explanation in progress</source>
        <translation>Explanation in progress</translation>
    </message>
    <message>
        <location filename="../../app/models/customercontractsmodel.cpp" line="100" />
        <source>Contracted, first confirmation call next</source>
        <translation>Contracted, first confirmation call next</translation>
    </message>
    <message>
        <location filename="../../app/models/customercontractsmodel.cpp" line="101" />
        <source>Confirmed, delivery next</source>
        <translation>Confirmed, delivery next</translation>
    </message>
    <message>
        <location filename="../../app/models/customercontractsmodel.cpp" line="102" />
        <source>Delivered, second confirmation call next</source>
        <translation>Delivered, second confirmation call next</translation>
    </message>
    <message>
        <location filename="../../app/models/customercontractsmodel.cpp" line="103" />
        <source>Confirmed, trial next</source>
        <translation>Confirmed, trial next</translation>
    </message>
    <message>
        <location filename="../../app/models/customercontractsmodel.cpp" line="104" />
        <source>In trial</source>
        <translation>In trial</translation>
    </message>
    <message>
        <location filename="../../app/models/customercontractsmodel.cpp" line="105" />
        <source>Use confirmed, inspection call next</source>
        <translation>Use confirmed, inspection call next</translation>
    </message>
    <message>
        <location filename="../../app/models/customercontractsmodel.cpp" line="106" />
        <source>Ready to start</source>
        <translation>Ready to start</translation>
    </message>
    <message>
        <location filename="../../app/models/customercontractsmodel.cpp" line="106" />
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../../app/models/customercontractsmodel.cpp" line="107" />
        <source>Started, in follow-up</source>
        <translation>Started, in follow-up</translation>
    </message>
    <message>
        <location filename="../../app/models/customercontractsmodel.cpp" line="108" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../app/models/customercontractsmodel.cpp" line="109" />
        <source>Credit contract cancelled</source>
        <translation>Credit contract cancelled</translation>
    </message>
    <message>
        <location filename="../../app/models/customercontractsmodel.cpp" line="110" />
        <source>On hold: a confirmation call found a problem</source>
        <translation>On hold: a confirmation call found a problem</translation>
    </message>
    <message>
        <location filename="../../app/models/customercontractsmodel.cpp" line="111" />
        <source>Disputed</source>
        <translation>Disputed</translation>
    </message>
</context>
<context>
    <name>kakunin::CustomerDetail</name>
    <message>
        <location filename="../../app/models/customerdetail.cpp" line="108" />
        <source>Registered %1</source>
        <translation>Registered %1</translation>
    </message>
    <message>
        <location filename="../../app/models/customerdetail.cpp" line="122" />
        <source>Screened %1</source>
        <translation>Screened %1</translation>
    </message>
    <message>
        <location filename="../../app/models/customerdetail.cpp" line="131" />
        <source>Next appointment: %1</source>
        <translation>Next appointment: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/models/customerdetail.cpp" line="133" />
        <source>The customer declined on %1. No sales visit until %2 (%n day(s) of cool-down).</source>
        <translation><numerusform>The customer declined on %1. No sales visit until %2 (%n day of cool-down).</numerusform><numerusform>The customer declined on %1. No sales visit until %2 (%n days of cool-down).</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/models/customerdetail.cpp" line="180" />
        <source>This customer is not on this tablet.</source>
        <translation>This customer is not on this tablet.</translation>
    </message>
    <message>
        <location filename="../../app/models/customerdetail.cpp" line="182" />
        <source>This customer is not one of yours.</source>
        <translation>This customer is not one of yours.</translation>
    </message>
    <message>
        <location filename="../../app/models/customerdetail.cpp" line="184" />
        <source>The screening refused this prospect: no visit, explanation or contract is possible. The reasons are recorded for head office.</source>
        <translation>The screening refused this prospect: no visit, explanation or contract is possible. The reasons are recorded for head office.</translation>
    </message>
    <message>
        <location filename="../../app/models/customerdetail.cpp" line="187" />
        <source>Only the sales representative visits and explains.</source>
        <translation>Only the sales representative visits and explains.</translation>
    </message>
    <message>
        <location filename="../../app/models/customerdetail.cpp" line="189" />
        <source>The important matters can be explained once the profile sheet is filled in and screened.</source>
        <translation>The important matters can be explained once the profile sheet is filled in and screened.</translation>
    </message>
    <message>
        <location filename="../../app/models/customerdetail.cpp" line="198" />
        <source>Next: fill in the profile sheet with the representative.</source>
        <translation>Next: fill in the profile sheet with the representative.</translation>
    </message>
    <message>
        <location filename="../../app/models/customerdetail.cpp" line="200" />
        <source>Next: record the screening.</source>
        <translation>Next: record the screening.</translation>
    </message>
    <message>
        <location filename="../../app/models/customerdetail.cpp" line="202" />
        <source>A visit is in progress.</source>
        <translation>A visit is in progress.</translation>
    </message>
    <message>
        <location filename="../../app/models/customerdetail.cpp" line="204" />
        <source>Next: explain the important matters on a visit.</source>
        <translation>Next: explain the important matters on a visit.</translation>
    </message>
    <message>
        <location filename="../../app/models/customerdetail.cpp" line="213" />
        <source>This customer has a live contract. Head office approved one more contract.</source>
        <translation>This customer has a live contract. Head office approved one more contract.</translation>
    </message>
    <message>
        <location filename="../../app/models/customerdetail.cpp" line="214" />
        <source>This customer has a live contract. Another contract needs head office approval first.</source>
        <translation>This customer has a live contract. Another contract needs head office approval first.</translation>
    </message>
</context>
<context>
    <name>kakunin::CustomerForm</name>
    <message>
        <location filename="../../app/models/customerform.cpp" line="220" />
        <source>This customer is not one of yours.</source>
        <translation>This customer is not one of yours.</translation>
    </message>
    <message>
        <location filename="../../app/models/customerform.cpp" line="221" />
        <source>Only sales representatives register and edit prospects.</source>
        <translation>Only sales representatives register and edit prospects.</translation>
    </message>
    <message>
        <location filename="../../app/models/customerform.cpp" line="268" />
        <source>Enter the customer's name.</source>
        <translation>Enter the customer's name.</translation>
    </message>
    <message>
        <location filename="../../app/models/customerform.cpp" line="270" />
        <location filename="../../app/models/customerform.cpp" line="280" />
        <source>This is too long (at most %1 characters).</source>
        <translation>This is too long (at most %1 characters).</translation>
    </message>
    <message>
        <location filename="../../app/models/customerform.cpp" line="272" />
        <source>Enter the reading of the name in kana.</source>
        <translation>Enter the reading of the name in kana.</translation>
    </message>
    <message>
        <location filename="../../app/models/customerform.cpp" line="274" />
        <source>Write the reading in kana only (e.g. サトウ ケンイチ).</source>
        <translation>Write the reading in kana only (e.g. サトウ ケンイチ).</translation>
    </message>
    <message>
        <location filename="../../app/models/customerform.cpp" line="276" />
        <source>A phone number has only digits and hyphens.</source>
        <translation>A phone number has only digits and hyphens.</translation>
    </message>
    <message>
        <location filename="../../app/models/customerform.cpp" line="278" />
        <source>A phone number has 10 or 11 digits, starting with 0 (e.g. 03-1234-5678).</source>
        <translation>A phone number has 10 or 11 digits, starting with 0 (e.g. 03-1234-5678).</translation>
    </message>
    <message>
        <location filename="../../app/models/customerform.cpp" line="282" />
        <source>This customer is already one of yours. Open it from My customers instead.</source>
        <translation>This customer is already one of yours. Open it from My customers instead.</translation>
    </message>
</context>
<context>
    <name>kakunin::CustomerListModel</name>
    <message>
        <location filename="../../app/models/customerlistmodel.cpp" line="346" />
        <source>Screening passed</source>
        <translation>Screening passed</translation>
    </message>
    <message>
        <location filename="../../app/models/customerlistmodel.cpp" line="348" />
        <source>Screening passed with conditions</source>
        <translation>Screening passed with conditions</translation>
    </message>
    <message>
        <location filename="../../app/models/customerlistmodel.cpp" line="350" />
        <source>Screening refused</source>
        <translation>Screening refused</translation>
    </message>
    <message>
        <location filename="../../app/models/customerlistmodel.cpp" line="351" />
        <source>Not screened yet</source>
        <translation>Not screened yet</translation>
    </message>
    <message>
        <location filename="../../app/models/customerlistmodel.cpp" line="357" />
        <source>Profile sheet to fill in</source>
        <translation>Profile sheet to fill in</translation>
    </message>
    <message>
        <location filename="../../app/models/customerlistmodel.cpp" line="359" />
        <source>Screening to do</source>
        <translation>Screening to do</translation>
    </message>
    <message>
        <location filename="../../app/models/customerlistmodel.cpp" line="361" />
        <source>No contract possible</source>
        <translation>No contract possible</translation>
    </message>
    <message>
        <location filename="../../app/models/customerlistmodel.cpp" line="363" />
        <source>Ready for the explanation</source>
        <translation>Ready for the explanation</translation>
    </message>
</context>
<context>
    <name>kakunin::DeliveryLecture</name>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="164" />
        <source>No contract is selected.</source>
        <translation>No contract is selected.</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="167" />
        <source>The tablet is locked. Unlock it and try again.</source>
        <translation>The tablet is locked. Unlock it and try again.</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="170" />
        <source>This contract is not on this tablet.</source>
        <translation>This contract is not on this tablet.</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="176" />
        <source>The content of this contract (%1, version %2) is not on this tablet. Sync the tablet, then open the lecture again.</source>
        <translation>The content of this contract (%1, version %2) is not on this tablet. Sync the tablet, then open the lecture again.</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="267" />
        <source>Start the lecture first.</source>
        <translation>Start the lecture first.</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="271" />
        <source>The lecture has run %1 of the minimum %2: %3 still to go.</source>
        <translation>The lecture has run %1 of the minimum %2: %3 still to go.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/models/deliverylecture.cpp" line="275" />
        <source>%n checklist item(s) not yet taught and understood.</source>
        <translation><numerusform>%n checklist item not yet taught and understood.</numerusform><numerusform>%n checklist items not yet taught and understood.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="281" />
        <location filename="../../app/models/deliverylecture.cpp" line="528" />
        <source>Only the installer can collect the delivery sign-off.</source>
        <translation>Only the installer can collect the delivery sign-off.</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="326" />
        <source>Only the installer can run the delivery lecture.</source>
        <translation>Only the installer can run the delivery lecture.</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="488" />
        <source>Only the installer can mark items taught.</source>
        <translation>Only the installer can mark items taught.</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="503" />
        <source>Only the installer can record the customer's understanding.</source>
        <translation>Only the installer can record the customer's understanding.</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="576" />
        <source>The customer's copy is made once the delivery confirmation is signed.</source>
        <translation>The customer's copy is made once the delivery confirmation is signed.</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="577" />
        <source>The signature in the record could not be read, so no copy was made.</source>
        <translation>The signature in the record could not be read, so no copy was made.</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="609" />
        <source>The customer's copy could not be made.</source>
        <translation>The customer's copy could not be made.</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="613" />
        <source>The customer's copy could not be written (%1).</source>
        <translation>The customer's copy could not be written (%1).</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="616" />
        <source>The customer's copy could not be saved in %1.</source>
        <translation>The customer's copy could not be saved in %1.</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="655" />
        <source>Extended lecture (from the basics)</source>
        <translation>Extended lecture (from the basics)</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="655" />
        <source>Standard lecture</source>
        <translation>Standard lecture</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="663" />
        <source>Level chosen when the lecture started.</source>
        <translation>Level chosen when the lecture started.</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="665" />
        <source>No profile sheet is recorded, so the extended lecture is given.</source>
        <translation>No profile sheet is recorded, so the extended lecture is given.</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="667" />
        <source>IT literacy %1 of %2: the extended lecture, with the basic items.</source>
        <translation>IT literacy %1 of %2: the extended lecture, with the basic items.</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="668" />
        <source>IT literacy %1 of %2: the standard lecture.</source>
        <translation>IT literacy %1 of %2: the standard lecture.</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="681" />
        <source>Minimum of %1 reached</source>
        <translation>Minimum of %1 reached</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="682" />
        <source>%1 to the minimum of %2</source>
        <translation>%1 to the minimum of %2</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="692" />
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="694" />
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="696" />
        <source>Paused: this time does not count</source>
        <translation>Paused: this time does not count</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="698" />
        <source>Delivery signed</source>
        <translation>Delivery signed</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="727" />
        <source>Taught %1 of %3 · understood %2 of %3</source>
        <translation>Taught %1 of %3 · understood %2 of %3</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="735" />
        <source>The lecture can start only after head office's first confirmation call (C1) was clean.</source>
        <translation>The lecture can start only after head office's first confirmation call (C1) was clean.</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="737" />
        <source>The delivery confirmation of this contract is already signed.</source>
        <translation>The delivery confirmation of this contract is already signed.</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="747" />
        <source>The lecture has not started yet.</source>
        <translation>The lecture has not started yet.</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="749" />
        <source>The lecture has already started.</source>
        <translation>The lecture has already started.</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="751" />
        <source>The lecture is paused. Resume it first.</source>
        <translation>The lecture is paused. Resume it first.</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="753" />
        <source>The lecture is running, not paused.</source>
        <translation>The lecture is running, not paused.</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="755" />
        <source>The delivery confirmation is signed. The lecture can no longer change.</source>
        <translation>The delivery confirmation is signed. The lecture can no longer change.</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="757" />
        <source>The content has no checklist item for this lecture level.</source>
        <translation>The content has no checklist item for this lecture level.</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="759" />
        <source>This item is not on the checklist of this lecture.</source>
        <translation>This item is not on the checklist of this lecture.</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="761" />
        <source>The installer marks an item taught before the customer confirms understanding.</source>
        <translation>The installer marks an item taught before the customer confirms understanding.</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="763" />
        <source>This item is already marked.</source>
        <translation>This item is already marked.</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="765" />
        <source>The lecture has not yet run for the minimum time.</source>
        <translation>The lecture has not yet run for the minimum time.</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="767" />
        <source>Some checklist items are not yet taught and understood.</source>
        <translation>Some checklist items are not yet taught and understood.</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="771" />
        <location filename="../../app/models/deliverylecture.cpp" line="809" />
        <source>The rules do not allow this now.</source>
        <translation>The rules do not allow this now.</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="780" />
        <source>This contract has ended. Nothing more can be recorded.</source>
        <translation>This contract has ended. Nothing more can be recorded.</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="782" />
        <source>This contract is on hold: a confirmation call found a problem. Head office must resolve it first.</source>
        <translation>This contract is on hold: a confirmation call found a problem. Head office must resolve it first.</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="785" />
        <source>A dispute is open on this contract. Nothing moves forward until it is resolved.</source>
        <translation>A dispute is open on this contract. Nothing moves forward until it is resolved.</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="795" />
        <source>Every item of this lecture is already marked.</source>
        <translation>Every item of this lecture is already marked.</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="805" />
        <source>The signature does not cover the checklist as recorded. Please sign again.</source>
        <translation>The signature does not cover the checklist as recorded. Please sign again.</translation>
    </message>
    <message>
        <location filename="../../app/models/deliverylecture.cpp" line="807" />
        <source>This contract is not at the delivery stage.</source>
        <translation>This contract is not at the delivery stage.</translation>
    </message>
</context>
<context>
    <name>kakunin::NextContractsModel</name>
    <message>
        <location filename="../../app/models/nextcontractsmodel.cpp" line="158" />
        <source>On hold after the %1 call</source>
        <translation>On hold after the %1 call</translation>
    </message>
    <message>
        <location filename="../../app/models/nextcontractsmodel.cpp" line="167" />
        <source>Appointment today at %1</source>
        <translation>Appointment today at %1</translation>
    </message>
    <message>
        <location filename="../../app/models/nextcontractsmodel.cpp" line="179" />
        <source>Continue the delivery lecture: %1 of %2 items taught</source>
        <translation>Continue the delivery lecture: %1 of %2 items taught</translation>
    </message>
    <message>
        <location filename="../../app/models/nextcontractsmodel.cpp" line="182" />
        <source>%1 of lecture so far</source>
        <translation>%1 of lecture so far</translation>
    </message>
    <message>
        <location filename="../../app/models/nextcontractsmodel.cpp" line="186" />
        <source>Give the delivery lecture</source>
        <translation>Give the delivery lecture</translation>
    </message>
</context>
<context>
    <name>kakunin::ProfileForm</name>
    <message>
        <location filename="../../app/models/profileform.cpp" line="312" />
        <source>Choose whether the business is full-time or on the side.</source>
        <translation>Choose whether the business is full-time or on the side.</translation>
    </message>
    <message>
        <location filename="../../app/models/profileform.cpp" line="314" />
        <source>Choose how the representative uses a smartphone.</source>
        <translation>Choose how the representative uses a smartphone.</translation>
    </message>
    <message>
        <location filename="../../app/models/profileform.cpp" line="316" />
        <source>Choose what the representative can do on a PC.</source>
        <translation>Choose what the representative can do on a PC.</translation>
    </message>
    <message>
        <location filename="../../app/models/profileform.cpp" line="392" />
        <source>This customer is not one of yours.</source>
        <translation>This customer is not one of yours.</translation>
    </message>
    <message>
        <location filename="../../app/models/profileform.cpp" line="394" />
        <source>Only the sales representative fills in the profile sheet.</source>
        <translation>Only the sales representative fills in the profile sheet.</translation>
    </message>
    <message>
        <location filename="../../app/models/profileform.cpp" line="395" />
        <source>The screening refused this prospect, so the sheet can no longer be changed on the tablet. If it was filled in wrong, contact head office.</source>
        <translation>The screening refused this prospect, so the sheet can no longer be changed on the tablet. If it was filled in wrong, contact head office.</translation>
    </message>
    <message>
        <location filename="../../app/models/profileform.cpp" line="440" />
        <source>Declared later in the explanation</source>
        <translation>Declared later in the explanation</translation>
    </message>
    <message>
        <location filename="../../app/models/profileform.cpp" line="441" />
        <source>Declares no ties</source>
        <translation>Declares no ties</translation>
    </message>
    <message>
        <location filename="../../app/models/profileform.cpp" line="442" />
        <source>Refuses to declare</source>
        <translation>Refuses to declare</translation>
    </message>
    <message>
        <location filename="../../app/models/profileform.cpp" line="443" />
        <source>Ties identified</source>
        <translation>Ties identified</translation>
    </message>
</context>
<context>
    <name>kakunin::SyncStatus</name>
    <message>
        <location filename="../../app/models/syncstatus.cpp" line="49" />
        <source>Not connected to head office</source>
        <translation>Not connected to head office</translation>
    </message>
    <message>
        <location filename="../../app/models/syncstatus.cpp" line="51" />
        <source>Up to date</source>
        <translation>Up to date</translation>
    </message>
    <message>
        <location filename="../../app/models/syncstatus.cpp" line="51" />
        <source>Waiting for the next sync</source>
        <translation>Waiting for the next sync</translation>
    </message>
    <message>
        <location filename="../../app/models/syncstatus.cpp" line="54" />
        <source>Syncing: %1 of %2 records sent</source>
        <translation>Syncing: %1 of %2 records sent</translation>
    </message>
    <message>
        <location filename="../../app/models/syncstatus.cpp" line="55" />
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location filename="../../app/models/syncstatus.cpp" line="57" />
        <source>Waiting to retry at %1</source>
        <translation>Waiting to retry at %1</translation>
    </message>
    <message>
        <location filename="../../app/models/syncstatus.cpp" line="59" />
        <source>Sync failed</source>
        <translation>Sync failed</translation>
    </message>
    <message>
        <location filename="../../app/models/syncstatus.cpp" line="69" />
        <source>This tablet is not enrolled with head office yet. Records stay encrypted on the tablet.</source>
        <translation>This tablet is not enrolled with head office yet. Records stay encrypted on the tablet.</translation>
    </message>
    <message>
        <location filename="../../app/models/syncstatus.cpp" line="78" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/models/syncstatus.cpp" line="87" />
        <source>%n record(s) not yet at head office</source>
        <translation><numerusform>%n record not yet at head office</numerusform><numerusform>%n records not yet at head office</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/models/syncstatus.cpp" line="88" />
        <source>No records waiting to be sent.</source>
        <translation>No records waiting to be sent.</translation>
    </message>
    <message>
        <location filename="../../app/models/syncstatus.cpp" line="89" />
        <source>Every record has reached head office.</source>
        <translation>Every record has reached head office.</translation>
    </message>
    <message>
        <location filename="../../app/models/syncstatus.cpp" line="95" />
        <source>Never synced</source>
        <translation>Never synced</translation>
    </message>
    <message>
        <location filename="../../app/models/syncstatus.cpp" line="96" />
        <source>Last synced %1</source>
        <translation>Last synced %1</translation>
    </message>
    <message>
        <location filename="../../app/models/syncstatus.cpp" line="147" />
        <source>Head office no longer accepts this tablet, so it was locked. Unlock it and enter a new enrollment code from head office. Records not yet sent stay on the tablet.</source>
        <translation>Head office no longer accepts this tablet, so it was locked. Unlock it and enter a new enrollment code from head office. Records not yet sent stay on the tablet.</translation>
    </message>
    <message>
        <location filename="../../app/models/syncstatus.cpp" line="150" />
        <source>Head office ordered this tablet to be erased. Its records and keys were erased. Set it up again to continue.</source>
        <translation>Head office ordered this tablet to be erased. Its records and keys were erased. Set it up again to continue.</translation>
    </message>
    <message>
        <location filename="../../app/models/syncstatus.cpp" line="169" />
        <source>The tablet is offline. Records are sent when it is connected again.</source>
        <translation>The tablet is offline. Records are sent when it is connected again.</translation>
    </message>
    <message>
        <location filename="../../app/models/syncstatus.cpp" line="171" />
        <source>Head office could not be reached. The tablet tries again by itself.</source>
        <translation>Head office could not be reached. The tablet tries again by itself.</translation>
    </message>
    <message>
        <location filename="../../app/models/syncstatus.cpp" line="173" />
        <source>Head office is busy. The tablet tries again by itself.</source>
        <translation>Head office is busy. The tablet tries again by itself.</translation>
    </message>
    <message>
        <location filename="../../app/models/syncstatus.cpp" line="175" />
        <source>The connection to head office could not be verified. Nothing was sent. Contact head office.</source>
        <translation>The connection to head office could not be verified. Nothing was sent. Contact head office.</translation>
    </message>
    <message>
        <location filename="../../app/models/syncstatus.cpp" line="177" />
        <source>Head office no longer accepts this tablet. Contact head office to enroll it again.</source>
        <translation>Head office no longer accepts this tablet. Contact head office to enroll it again.</translation>
    </message>
    <message>
        <location filename="../../app/models/syncstatus.cpp" line="179" />
        <source>Head office refused a record. Contact head office; the records stay on the tablet.</source>
        <translation>Head office refused a record. Contact head office; the records stay on the tablet.</translation>
    </message>
    <message>
        <location filename="../../app/models/syncstatus.cpp" line="181" />
        <source>The tablet's clock is wrong. Set the date and time, then sync again.</source>
        <translation>The tablet's clock is wrong. Set the date and time, then sync again.</translation>
    </message>
    <message>
        <location filename="../../app/models/syncstatus.cpp" line="183" />
        <source>Head office did not accept the enrollment code. Check the code, or ask head office for a new one.</source>
        <translation>Head office did not accept the enrollment code. Check the code, or ask head office for a new one.</translation>
    </message>
    <message>
        <location filename="../../app/models/syncstatus.cpp" line="185" />
        <source>Sync stopped because of an unexpected error. Contact head office.</source>
        <translation>Sync stopped because of an unexpected error. Contact head office.</translation>
    </message>
    <message>
        <location filename="../../app/models/syncstatus.cpp" line="199" />
        <source>today at %1</source>
        <translation>today at %1</translation>
    </message>
    <message>
        <location filename="../../app/models/syncstatus.cpp" line="200" />
        <source>on %1 at %2</source>
        <translation>on %1 at %2</translation>
    </message>
</context>
<context>
    <name>kakunin::VisitController</name>
    <message>
        <location filename="../../app/models/visitcontroller.cpp" line="270" />
        <location filename="../../app/models/visitcontroller.cpp" line="276" />
        <source>No visit is in progress.</source>
        <translation>No visit is in progress.</translation>
    </message>
    <message>
        <location filename="../../app/models/visitcontroller.cpp" line="328" />
        <source>The tablet is locked.</source>
        <translation>The tablet is locked.</translation>
    </message>
    <message>
        <location filename="../../app/models/visitcontroller.cpp" line="330" />
        <source>This customer is not one of yours.</source>
        <translation>This customer is not one of yours.</translation>
    </message>
    <message>
        <location filename="../../app/models/visitcontroller.cpp" line="332" />
        <source>Only the sales representative makes sales visits.</source>
        <translation>Only the sales representative makes sales visits.</translation>
    </message>
    <message>
        <location filename="../../app/models/visitcontroller.cpp" line="334" />
        <source>The screening refused this prospect: no sales visit is possible.</source>
        <translation>The screening refused this prospect: no sales visit is possible.</translation>
    </message>
    <message>
        <location filename="../../app/models/visitcontroller.cpp" line="336" />
        <source>A visit is already in progress.</source>
        <translation>A visit is already in progress.</translation>
    </message>
    <message>
        <location filename="../../app/models/visitcontroller.cpp" line="338" />
        <source>No appointment is recorded for this customer. Unannounced visits are not allowed: agree on a time with the customer and book it first.</source>
        <translation>No appointment is recorded for this customer. Unannounced visits are not allowed: agree on a time with the customer and book it first.</translation>
    </message>
    <message>
        <location filename="../../app/models/visitcontroller.cpp" line="341" />
        <source>The appointment is for %1, not today.</source>
        <translation>The appointment is for %1, not today.</translation>
    </message>
    <message>
        <location filename="../../app/models/visitcontroller.cpp" line="344" />
        <source>It is outside the allowed visit hours (%1). A visit now needs a reason: choose it below.</source>
        <translation>It is outside the allowed visit hours (%1). A visit now needs a reason: choose it below.</translation>
    </message>
    <message>
        <location filename="../../app/models/visitcontroller.cpp" line="348" />
        <source>A visit cannot start now.</source>
        <translation>A visit cannot start now.</translation>
    </message>
    <message>
        <location filename="../../app/models/visitcontroller.cpp" line="356" />
        <location filename="../../app/models/visitcontroller.cpp" line="361" />
        <source>Appointment %1</source>
        <translation>Appointment %1</translation>
    </message>
    <message>
        <location filename="../../app/models/visitcontroller.cpp" line="371" />
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location filename="../../app/models/visitcontroller.cpp" line="379" />
        <source>The customer asked for this time</source>
        <translation>The customer asked for this time</translation>
    </message>
    <message>
        <location filename="../../app/models/visitcontroller.cpp" line="380" />
        <source>The customer's business hours allow no other time</source>
        <translation>The customer's business hours allow no other time</translation>
    </message>
    <message>
        <location filename="../../app/models/visitcontroller.cpp" line="390" />
        <source>The customer declined on %1. No sales visit until %2.</source>
        <translation>The customer declined on %1. No sales visit until %2.</translation>
    </message>
    <message>
        <location filename="../../app/models/visitcontroller.cpp" line="414" />
        <source>Started %1</source>
        <translation>Started %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/models/visitcontroller.cpp" line="443" />
        <source>%n min over the maximum</source>
        <translation><numerusform>%n min over the maximum</numerusform><numerusform>%n min over the maximum</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/models/visitcontroller.cpp" line="444" />
        <source>%n min left of %1 min</source>
        <translation><numerusform>%n min left of %1 min</numerusform><numerusform>%n min left of %1 min</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/models/visitcontroller.cpp" line="453" />
        <source>The visit is longer than the maximum of %1 min. Head office has been notified. Please end the visit now.</source>
        <translation>The visit is longer than the maximum of %1 min. Head office has been notified. Please end the visit now.</translation>
    </message>
    <message>
        <location filename="../../app/models/visitcontroller.cpp" line="457" />
        <source>The visit has reached %1 % of the maximum of %2 min. Please come to an end.</source>
        <translation>The visit has reached %1 % of the maximum of %2 min. Please come to an end.</translation>
    </message>
    <message>
        <location filename="../../app/models/visitcontroller.cpp" line="462" />
        <source>The allowed visit hours (%1) are over. Head office has been notified.</source>
        <translation>The allowed visit hours (%1) are over. Head office has been notified.</translation>
    </message>
    <message>
        <location filename="../../app/models/visitcontroller.cpp" line="464" />
        <source>The tablet restarted during the visit: the time is taken from the clock.</source>
        <translation>The tablet restarted during the visit: the time is taken from the clock.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/models/visitcontroller.cpp" line="471" />
        <source>The visit ends now, and no sales visit to this customer is possible until %1 (%n day(s)).</source>
        <translation><numerusform>The visit ends now, and no sales visit to this customer is possible until %1 (%n day).</numerusform><numerusform>The visit ends now, and no sales visit to this customer is possible until %1 (%n days).</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/models/visitcontroller.cpp" line="485" />
        <source>Last visit %1: the customer declined after %n min.</source>
        <translation><numerusform>Last visit %1: the customer declined after %n min.</numerusform><numerusform>Last visit %1: the customer declined after %n min.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/models/visitcontroller.cpp" line="486" />
        <source>Last visit %1: %n min.</source>
        <translation><numerusform>Last visit %1: %n min.</numerusform><numerusform>Last visit %1: %n min.</numerusform></translation>
    </message>
</context>
<context>
    <name>kakunin::WalkthroughSession</name>
    <message>
        <location filename="../../app/models/walkthroughsession.cpp" line="171" />
        <source>No customer is selected.</source>
        <translation>No customer is selected.</translation>
    </message>
    <message>
        <location filename="../../app/models/walkthroughsession.cpp" line="173" />
        <source>This customer is not on this tablet.</source>
        <translation>This customer is not on this tablet.</translation>
    </message>
    <message>
        <location filename="../../app/models/walkthroughsession.cpp" line="175" />
        <source>There is no important-matters content for this product on this tablet.</source>
        <translation>There is no important-matters content for this product on this tablet.</translation>
    </message>
    <message>
        <location filename="../../app/models/walkthroughsession.cpp" line="177" />
        <source>This customer has not been screened yet. Record the profile sheet and the screening first.</source>
        <translation>This customer has not been screened yet. Record the profile sheet and the screening first.</translation>
    </message>
    <message>
        <location filename="../../app/models/walkthroughsession.cpp" line="184" />
        <source>The walkthrough cannot be opened. Nothing was saved.</source>
        <translation>The walkthrough cannot be opened. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../app/models/walkthroughsession.cpp" line="352" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../app/models/walkthroughsession.cpp" line="354" />
        <source>Successor</source>
        <translation>Successor</translation>
    </message>
    <message>
        <location filename="../../app/models/walkthroughsession.cpp" line="356" />
        <source>Sales representative</source>
        <translation>Sales representative</translation>
    </message>
    <message>
        <location filename="../../app/models/walkthroughsession.cpp" line="594" />
        <source>Unknown signer.</source>
        <translation>Unknown signer.</translation>
    </message>
    <message>
        <location filename="../../app/models/walkthroughsession.cpp" line="741" />
        <source>This customer was refused at the screening. The important matters cannot be explained or signed.</source>
        <translation>This customer was refused at the screening. The important matters cannot be explained or signed.</translation>
    </message>
    <message>
        <location filename="../../app/models/walkthroughsession.cpp" line="747" />
        <source>The important-matters content for this product is incomplete. Contact head office.</source>
        <translation>The important-matters content for this product is incomplete. Contact head office.</translation>
    </message>
    <message>
        <location filename="../../app/models/walkthroughsession.cpp" line="749" />
        <source>This item is not part of the important matters.</source>
        <translation>This item is not part of the important matters.</translation>
    </message>
    <message>
        <location filename="../../app/models/walkthroughsession.cpp" line="751" />
        <source>Please confirm this item before going on. No item may be skipped.</source>
        <translation>Please confirm this item before going on. No item may be skipped.</translation>
    </message>
    <message>
        <location filename="../../app/models/walkthroughsession.cpp" line="753" />
        <source>This item is already confirmed.</source>
        <translation>This item is already confirmed.</translation>
    </message>
    <message>
        <location filename="../../app/models/walkthroughsession.cpp" line="755" />
        <source>Please read this item first.</source>
        <translation>Please read this item first.</translation>
    </message>
    <message>
        <location filename="../../app/models/walkthroughsession.cpp" line="757" />
        <source>Every item must be confirmed first.</source>
        <translation>Every item must be confirmed first.</translation>
    </message>
    <message>
        <location filename="../../app/models/walkthroughsession.cpp" line="759" />
        <source>The signature does not match what was explained. Nothing was saved.</source>
        <translation>The signature does not match what was explained. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../app/models/walkthroughsession.cpp" line="763" />
        <source>This signature has already been recorded.</source>
        <translation>This signature has already been recorded.</translation>
    </message>
    <message>
        <location filename="../../app/models/walkthroughsession.cpp" line="765" />
        <source>No successor signature is needed for this customer.</source>
        <translation>No successor signature is needed for this customer.</translation>
    </message>
    <message>
        <location filename="../../app/models/walkthroughsession.cpp" line="767" />
        <source>The customer signs first.</source>
        <translation>The customer signs first.</translation>
    </message>
    <message>
        <location filename="../../app/models/walkthroughsession.cpp" line="769" />
        <source>The sales representative must first confirm that no guarantee was given.</source>
        <translation>The sales representative must first confirm that no guarantee was given.</translation>
    </message>
    <message>
        <location filename="../../app/models/walkthroughsession.cpp" line="771" />
        <source>The successor signs before the sales representative.</source>
        <translation>The successor signs before the sales representative.</translation>
    </message>
    <message>
        <location filename="../../app/models/walkthroughsession.cpp" line="773" />
        <location filename="../../app/models/walkthroughsession.cpp" line="810" />
        <source>This step is not possible now. Nothing was saved.</source>
        <translation>This step is not possible now. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../app/models/walkthroughsession.cpp" line="784" />
        <source>This customer already has a contract. Selling again needs head office's approval.</source>
        <translation>This customer already has a contract. Selling again needs head office's approval.</translation>
    </message>
    <message>
        <location filename="../../app/models/walkthroughsession.cpp" line="806" />
        <source>Signatures are missing. The contract is not concluded.</source>
        <translation>Signatures are missing. The contract is not concluded.</translation>
    </message>
    <message>
        <location filename="../../app/models/walkthroughsession.cpp" line="872" />
        <source>The copy is not ready yet.</source>
        <translation>The copy is not ready yet.</translation>
    </message>
</context>
</TS>