<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>Console</name>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="46" />
        <source>Kakunin head-office console</source>
        <translation>Kakunin head-office console</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="49" />
        <source>Skip to the content</source>
        <translation>Skip to the content</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="52" />
        <source>Kakunin</source>
        <translation>Kakunin</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="53" />
        <source>Head-office console</source>
        <translation>Head-office console</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="57" />
        <location filename="../../headoffice/console/pages.cpp" line="423" />
        <location filename="../../headoffice/console/pages.cpp" line="526" />
        <source>Call queue</source>
        <translation>Call queue</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="58" />
        <location filename="../../headoffice/console/pages.cpp" line="854" />
        <location filename="../../headoffice/console/pages.cpp" line="906" />
        <source>Contracts</source>
        <translation>Contracts</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="59" />
        <location filename="../../headoffice/console/pages.cpp" line="1242" />
        <location filename="../../headoffice/console/pages.cpp" line="1264" />
        <location filename="../../headoffice/console/pages.cpp" line="1293" />
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="60" />
        <location filename="../../headoffice/console/pages.cpp" line="1346" />
        <location filename="../../headoffice/console/pages.cpp" line="1451" />
        <source>Devices and users</source>
        <translation>Devices and users</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="61" />
        <location filename="../../headoffice/console/pages.cpp" line="1570" />
        <source>Policies and content</source>
        <translation>Policies and content</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="62" />
        <location filename="../../headoffice/console/pages.cpp" line="308" />
        <location filename="../../headoffice/console/pages.cpp" line="1674" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="65" />
        <source>Main menu</source>
        <translation>Main menu</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="76" />
        <source>Signed in as</source>
        <translation>Signed in as</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="83" />
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="175" />
        <location filename="../../headoffice/console/pages.cpp" line="440" />
        <location filename="../../headoffice/console/pages.cpp" line="881" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="176" />
        <location filename="../../headoffice/console/pages.cpp" line="441" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="177" />
        <location filename="../../headoffice/console/pages.cpp" line="442" />
        <location filename="../../headoffice/console/pages.cpp" line="882" />
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="178" />
        <location filename="../../headoffice/console/pages.cpp" line="444" />
        <location filename="../../headoffice/console/pages.cpp" line="885" />
        <location filename="../../headoffice/console/pages.cpp" line="1257" />
        <location filename="../../headoffice/console/pages.cpp" line="1301" />
        <source>Sales rep</source>
        <translation>Sales rep</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="180" />
        <location filename="../../headoffice/console/pages.cpp" line="886" />
        <location filename="../../headoffice/console/pages.cpp" line="1302" />
        <source>Installer</source>
        <translation>Installer</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="182" />
        <location filename="../../headoffice/console/pages.cpp" line="884" />
        <source>Contracted</source>
        <translation>Contracted</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="183" />
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="184" />
        <source>Use confirmed</source>
        <translation>Use confirmed</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="188" />
        <source>Contract and customer</source>
        <translation>Contract and customer</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="194" />
        <source>Calls so far</source>
        <translation>Calls so far</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="198" />
        <source>No call has been recorded for this contract yet.</source>
        <translation>No call has been recorded for this contract yet.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="199" />
        <location filename="../../headoffice/console/pages.cpp" line="993" />
        <location filename="../../headoffice/console/pages.cpp" line="1252" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="200" />
        <location filename="../../headoffice/console/pages.cpp" line="438" />
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="201" />
        <location filename="../../headoffice/console/pages.cpp" line="652" />
        <source>Caller</source>
        <translation>Caller</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="202" />
        <location filename="../../headoffice/console/pages.cpp" line="1079" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="203" />
        <location filename="../../headoffice/console/pages.cpp" line="297" />
        <location filename="../../headoffice/console/pages.cpp" line="611" />
        <location filename="../../headoffice/console/pages.cpp" line="653" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="211" />
        <location filename="../../headoffice/console/pages.cpp" line="1054" />
        <location filename="../../headoffice/console/pages.cpp" line="1131" />
        <source>Refused by the rules</source>
        <translation>Refused by the rules</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="214" />
        <location filename="../../headoffice/console/pages.cpp" line="445" />
        <source>Not reached</source>
        <translation>Not reached</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="217" />
        <source>Clean</source>
        <translation>Clean</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="220" />
        <source>Problem: on hold</source>
        <translation>Problem: on hold</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="254" />
        <location filename="../../headoffice/console/pages.cpp" line="1304" />
        <source>Confirmation staff</source>
        <translation>Confirmation staff</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="256" />
        <location filename="../../headoffice/console/pages.cpp" line="1305" />
        <source>Compliance admin</source>
        <translation>Compliance admin</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="258" />
        <location filename="../../headoffice/console/pages.cpp" line="1306" />
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="266" />
        <source>C1: after the contract</source>
        <translation>C1: after the contract</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="268" />
        <source>C2: after the delivery</source>
        <translation>C2: after the delivery</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="270" />
        <source>C3: before the start</source>
        <translation>C3: before the start</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="277" />
        <source>Results were guaranteed or promised (S1)</source>
        <translation>Results were guaranteed or promised (S1)</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="279" />
        <source>The visit was not conducted properly (S2)</source>
        <translation>The visit was not conducted properly (S2)</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="281" />
        <source>The lecture was not as required (D1, D2)</source>
        <translation>The lecture was not as required (D1, D2)</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="283" />
        <source>The product has not been used (D3)</source>
        <translation>The product has not been used (D3)</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="290" />
        <location filename="../../headoffice/console/pages.cpp" line="439" />
        <location filename="../../headoffice/console/pages.cpp" line="880" />
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="291" />
        <source>Call stage</source>
        <translation>Call stage</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="292" />
        <source>Whether the customer was reached</source>
        <translation>Whether the customer was reached</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="293" />
        <source>Whether results were guaranteed</source>
        <translation>Whether results were guaranteed</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="294" />
        <source>Whether the visit was conducted properly</source>
        <translation>Whether the visit was conducted properly</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="295" />
        <source>Whether the lecture was as required</source>
        <translation>Whether the lecture was as required</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="296" />
        <source>Whether the product has been used</source>
        <translation>Whether the product has been used</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="298" />
        <location filename="../../headoffice/console/pages.cpp" line="671" />
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="299" />
        <location filename="../../headoffice/console/pages.cpp" line="866" />
        <location filename="../../headoffice/console/pages.cpp" line="883" />
        <location filename="../../headoffice/console/pages.cpp" line="1363" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="300" />
        <location filename="../../headoffice/console/pages.cpp" line="1078" />
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="303" />
        <location filename="../../headoffice/console/pages.cpp" line="1407" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="304" />
        <location filename="../../headoffice/console/pages.cpp" line="1406" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="305" />
        <location filename="../../headoffice/console/pages.cpp" line="977" />
        <location filename="../../headoffice/console/pages.cpp" line="1623" />
        <source>Content pack</source>
        <translation>Content pack</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="306" />
        <location filename="../../headoffice/console/pages.cpp" line="1690" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="307" />
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="322" />
        <source>Please fill in: %1.</source>
        <translation>Please fill in: %1.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="324" />
        <source>This value is not accepted: %1.</source>
        <translation>This value is not accepted: %1.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="326" />
        <source>%1 is too long: at most %2 characters.</source>
        <translation>%1 is too long: at most %2 characters.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="330" />
        <source>There is no contract “%1”.</source>
        <translation>There is no contract “%1”.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="332" />
        <source>Your role may not record head-office events. Nothing was changed.</source>
        <translation>Your role may not record head-office events. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="334" />
        <source>You are the sales rep of this contract. Confirmation calls are made by someone other than the sales rep (M2). Nothing was recorded: please ask a colleague to make this call.</source>
        <translation>You are the sales rep of this contract. Confirmation calls are made by someone other than the sales rep (M2). Nothing was recorded: please ask a colleague to make this call.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="338" />
        <source>You are the installer of this contract. The C3 call is made by someone other than the installer (M2). Nothing was recorded: please ask a colleague to make this call.</source>
        <translation>You are the installer of this contract. The C3 call is made by someone other than the installer (M2). Nothing was recorded: please ask a colleague to make this call.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="342" />
        <source>This contract is not due for a %1 call now. Nothing was recorded.</source>
        <translation>This contract is not due for a %1 call now. Nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="345" />
        <source>This contract is on hold. A compliance admin must resolve the hold first. Nothing was recorded.</source>
        <translation>This contract is on hold. A compliance admin must resolve the hold first. Nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="348" />
        <source>This contract is not on hold. Nothing was changed.</source>
        <translation>This contract is not on hold. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="350" />
        <source>This contract is disputed: no call is made while the dispute is open. Nothing was recorded.</source>
        <translation>This contract is disputed: no call is made while the dispute is open. Nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="353" />
        <source>This contract has ended. Nothing was recorded.</source>
        <translation>This contract has ended. Nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="355" />
        <source>The rules refused this (%1). Nothing was changed.</source>
        <translation>The rules refused this (%1). Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="357" />
        <source>There is no user “%1”. Nothing was changed.</source>
        <translation>There is no user “%1”. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="359" />
        <source>There is no tablet “%1”. Nothing was changed.</source>
        <translation>There is no tablet “%1”. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="361" />
        <source>A user with the ID “%1” already exists. Nothing was changed.</source>
        <translation>A user with the ID “%1” already exists. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="364" />
        <source>Enrollment codes are for sales reps and installers only: head-office staff work in the console. Nothing was issued.</source>
        <translation>Enrollment codes are for sales reps and installers only: head-office staff work in the console. Nothing was issued.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="368" />
        <source>This user is disabled. Nothing was issued.</source>
        <translation>This user is disabled. Nothing was issued.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="370" />
        <source>The contract may not start: %1 Nothing was changed.</source>
        <translation>The contract may not start: %1 Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="382" />
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="384" />
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="385" />
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="392" />
        <location filename="../../headoffice/console/pages.cpp" line="414" />
        <location filename="../../headoffice/console/pages.cpp" line="415" />
        <location filename="../../headoffice/console/pages.cpp" line="695" />
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="394" />
        <source>For head-office confirmation staff, compliance admins and auditors. Sales reps and installers work on their tablets.</source>
        <translation>For head-office confirmation staff, compliance admins and auditors. Sales reps and installers work on their tablets.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="714" />
        <source>Not opened</source>
        <translation>Not opened</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="715" />
        <source>Explaining important matters</source>
        <translation>Explaining important matters</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="716" />
        <source>Contracted: C1 call due</source>
        <translation>Contracted: C1 call due</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="717" />
        <source>C1 cleared: awaiting delivery</source>
        <translation>C1 cleared: awaiting delivery</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="718" />
        <source>Delivered: C2 call due</source>
        <translation>Delivered: C2 call due</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="719" />
        <source>C2 cleared: trial not started</source>
        <translation>C2 cleared: trial not started</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="720" />
        <source>In trial</source>
        <translation>In trial</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="721" />
        <source>Use confirmed: C3 call due</source>
        <translation>Use confirmed: C3 call due</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="722" />
        <source>C3 cleared: ready to start</source>
        <translation>C3 cleared: ready to start</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="723" />
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="724" />
        <source>Started: in follow-up</source>
        <translation>Started: in follow-up</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="726" />
        <source>Disputed</source>
        <translation>Disputed</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="727" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="728" />
        <source>Credit contract cancelled</source>
        <translation>Credit contract cancelled</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="740" />
        <source>The trial period runs until %1; the customer confirms use after it (D3).</source>
        <translation>The trial period runs until %1; the customer confirms use after it (D3).</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="744" />
        <source>The contract is on hold: a compliance admin must resolve the hold first (M2).</source>
        <translation>The contract is on hold: a compliance admin must resolve the hold first (M2).</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="746" />
        <source>The customer has an open dispute (P6).</source>
        <translation>The customer has an open dispute (P6).</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="747" />
        <source>The contract has ended (cancelled).</source>
        <translation>The contract has ended (cancelled).</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="748" />
        <source>A start condition does not hold on the recorded facts.</source>
        <translation>A start condition does not hold on the recorded facts.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="749" />
        <source>The important-matters walkthrough is not finished (S3).</source>
        <translation>The important-matters walkthrough is not finished (S3).</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="751" />
        <source>The sales rep has not attested that nothing was guaranteed (S1).</source>
        <translation>The sales rep has not attested that nothing was guaranteed (S1).</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="753" />
        <source>The important-matters walkthrough is not signed yet (S3).</source>
        <translation>The important-matters walkthrough is not signed yet (S3).</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="754" />
        <source>The contract has not been concluded yet (S3).</source>
        <translation>The contract has not been concluded yet (S3).</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="755" />
        <source>The C1 confirmation call has not been cleared (M2).</source>
        <translation>The C1 confirmation call has not been cleared (M2).</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="757" />
        <source>The delivery and its on-site lecture have not been signed off (D1, D2).</source>
        <translation>The delivery and its on-site lecture have not been signed off (D1, D2).</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="758" />
        <source>The C2 confirmation call has not been cleared (M2).</source>
        <translation>The C2 confirmation call has not been cleared (M2).</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="759" />
        <source>The trial period has not started (D3).</source>
        <translation>The trial period has not started (D3).</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="760" />
        <source>The trial period is still running (D3).</source>
        <translation>The trial period is still running (D3).</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="762" />
        <source>The customer has not yet confirmed using the product (D3).</source>
        <translation>The customer has not yet confirmed using the product (D3).</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="763" />
        <source>The C3 confirmation call has not been cleared (M2).</source>
        <translation>The C3 confirmation call has not been cleared (M2).</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="764" />
        <source>The contract has already started.</source>
        <translation>The contract has already started.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="769" />
        <source>The rules do not allow the start (%1).</source>
        <translation>The rules do not allow the start (%1).</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="803" />
        <source>Chain</source>
        <translation>Chain</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="805" />
        <source>Device signature</source>
        <translation>Device signature</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="807" />
        <source>Content hash</source>
        <translation>Content hash</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="809" />
        <source>Signed content</source>
        <translation>Signed content</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="811" />
        <source>Signature strokes</source>
        <translation>Signature strokes</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="813" />
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="815" />
        <source>Receipt time</source>
        <translation>Receipt time</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="823" />
        <source>Customer (delivery sign-off)</source>
        <translation>Customer (delivery sign-off)</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="825" />
        <source>Customer (cancellation)</source>
        <translation>Customer (cancellation)</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="827" />
        <source>Successor (important matters)</source>
        <translation>Successor (important matters)</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="829" />
        <source>Sales rep (important matters)</source>
        <translation>Sales rep (important matters)</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="830" />
        <source>Customer (important matters)</source>
        <translation>Customer (important matters)</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="856" />
        <source>Every contract head office holds, newest conclusion first. Open one for its timeline, evidence and start decision.</source>
        <translation>Every contract head office holds, newest conclusion first. Open one for its timeline, evidence and start decision.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="869" />
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="876" />
        <source>Contract or customer (ID or name)</source>
        <translation>Contract or customer (ID or name)</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="878" />
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="888" />
        <source>%1 contracts</source>
        <translation>%1 contracts</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="891" />
        <source>No contract matches.</source>
        <translation>No contract matches.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="914" />
        <source>Contract %1</source>
        <translation>Contract %1</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="918" />
        <source>Back to the contracts</source>
        <translation>Back to the contracts</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="926" />
        <source>Start decision</source>
        <translation>Start decision</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="929" />
        <source>Every condition holds: the customer confirmed use after the trial (D3) and all three confirmation calls are clean (M2).</source>
        <translation>Every condition holds: the customer confirmed use after the trial (D3) and all three confirmation calls are clean (M2).</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="939" />
        <source>Started on %1.</source>
        <translation>Started on %1.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="947" />
        <source>Start the contract</source>
        <translation>Start the contract</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="950" />
        <source>Only a compliance admin can start a contract.</source>
        <translation>Only a compliance admin can start a contract.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="965" />
        <source>Walkthrough copy (PDF)</source>
        <translation>Walkthrough copy (PDF)</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="969" />
        <source>Delivery copy (PDF)</source>
        <translation>Delivery copy (PDF)</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="976" />
        <source>Customer ID</source>
        <translation>Customer ID</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="978" />
        <source>Cooling-off until</source>
        <translation>Cooling-off until</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="979" />
        <source>Lecture</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="980" />
        <source>%1 of at least %2 min</source>
        <translation>%1 of at least %2 min</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="983" />
        <source>Trial started</source>
        <translation>Trial started</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="984" />
        <source>Started at</source>
        <translation>Started at</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="986" />
        <source>Events refused by the rules</source>
        <translation>Events refused by the rules</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="990" />
        <source>Terms and progress</source>
        <translation>Terms and progress</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="994" />
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="995" />
        <source>Important matters (S3)</source>
        <translation>Important matters (S3)</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="998" />
        <source>No item recorded.</source>
        <translation>No item recorded.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1000" />
        <source>Shown</source>
        <translation>Shown</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1001" />
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1015" />
        <source>Delivery lecture (D1, D2)</source>
        <translation>Delivery lecture (D1, D2)</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1018" />
        <source>The lecture has not started.</source>
        <translation>The lecture has not started.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1020" />
        <source>Taught</source>
        <translation>Taught</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1021" />
        <source>Understood</source>
        <translation>Understood</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1034" />
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1037" />
        <source>No signature recorded.</source>
        <translation>No signature recorded.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1046" />
        <source>The strokes cannot be drawn:</source>
        <translation>The strokes cannot be drawn:</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1063" />
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1064" />
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1065" />
        <source>Evidence check</source>
        <translation>Evidence check</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1070" />
        <source>Every stored event and device chain of this contract passed: chain, device signature, content hash, signed content, strokes, attachments and receipt time.</source>
        <translation>Every stored event and device chain of this contract passed: chain, device signature, content hash, signed content, strokes, attachments and receipt time.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1073" />
        <source>%1 of %2 events failed a check.</source>
        <translation>%1 of %2 events failed a check.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1077" />
        <location filename="../../headoffice/console/pages.cpp" line="1114" />
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1080" />
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1105" />
        <source>The chain of device %1 failed its check (%2, seq %3).</source>
        <translation>The chain of device %1 failed its check (%2, seq %3).</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1112" />
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1115" />
        <location filename="../../headoffice/console/pages.cpp" line="1626" />
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1116" />
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1117" />
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1123" />
        <source>(head office)</source>
        <translation>(head office)</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1129" />
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1153" />
        <source>Visit outside the allowed hours</source>
        <translation>Visit outside the allowed hours</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1155" />
        <source>Visit over the maximum length</source>
        <translation>Visit over the maximum length</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1157" />
        <source>Visit without a proper appointment</source>
        <translation>Visit without a proper appointment</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1159" />
        <source>Screening retried after a refusal</source>
        <translation>Screening retried after a refusal</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1161" />
        <source>Lecture close to the minimum</source>
        <translation>Lecture close to the minimum</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1163" />
        <source>Cancelled in the cooling-off period</source>
        <translation>Cancelled in the cooling-off period</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1165" />
        <source>Use has lapsed</source>
        <translation>Use has lapsed</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1167" />
        <source>Dispute open past its period</source>
        <translation>Dispute open past its period</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1169" />
        <source>Event refused by the rules</source>
        <translation>Event refused by the rules</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1171" />
        <source>Device clock off</source>
        <translation>Device clock off</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1183" />
        <source>reason: the customer asked for this time</source>
        <translation>reason: the customer asked for this time</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1185" />
        <source>reason: the customer's business hours</source>
        <translation>reason: the customer's business hours</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1187" />
        <source>the visit ran past the allowed hours</source>
        <translation>the visit ran past the allowed hours</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1189" />
        <source>no reason recorded</source>
        <translation>no reason recorded</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1190" />
        <source>Visit %1–%2, allowed %3–%4 (%5).</source>
        <translation>Visit %1–%2, allowed %3–%4 (%5).</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1195" />
        <source>%1 min; the maximum is %2 min.</source>
        <translation>%1 min; the maximum is %2 min.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1200" />
        <source>The appointment was for another day.</source>
        <translation>The appointment was for another day.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1202" />
        <source>The customer had declined; the cool-down period was running.</source>
        <translation>The customer had declined; the cool-down period was running.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1203" />
        <source>No appointment was recorded before the visit.</source>
        <translation>No appointment was recorded before the visit.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1205" />
        <source>%1 screenings, %2 refused; the first refusal on %3.</source>
        <translation>%1 screenings, %2 refused; the first refusal on %3.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1210" />
        <source>Lecture %1 min; the minimum is %2 min.</source>
        <translation>Lecture %1 min; the minimum is %2 min.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1214" />
        <source>Cancelled on day %1 of %2 (contracted %3).</source>
        <translation>Cancelled on day %1 of %2 (contracted %3).</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1219" />
        <source>%1 days without use; follow up after %2 days.</source>
        <translation>%1 days without use; follow up after %2 days.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1223" />
        <source>Dispute open for %1 days; the period is %2 days.</source>
        <translation>Dispute open for %1 days; the period is %2 days.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1227" />
        <source>%1 was refused (%2).</source>
        <translation>%1 was refused (%2).</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1229" />
        <source>Off by %1 min; %2 min are allowed.</source>
        <translation>Off by %1 min; %2 min are allowed.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1244" />
        <source>What the rules found worth a look, newest first: visits (S2), retried screenings (P2), lectures near the minimum (D1), cooling-off cancellations (P3), lapsed use (P5) and disputes past their period (P6).</source>
        <translation>What the rules found worth a look, newest first: visits (S2), retried screenings (P2), lectures near the minimum (D1), cooling-off cancellations (P3), lapsed use (P5) and disputes past their period (P6).</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1253" />
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1254" />
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1255" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1256" />
        <source>Customer or contract</source>
        <translation>Customer or contract</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1260" />
        <source>%1 alerts</source>
        <translation>%1 alerts</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1263" />
        <source>Nothing to look at.</source>
        <translation>Nothing to look at.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1281" />
        <source>Cancel the credit contract (P6)</source>
        <translation>Cancel the credit contract (P6)</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1283" />
        <source>A compliance admin may cancel the credit contract.</source>
        <translation>A compliance admin may cancel the credit contract.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1303" />
        <source>Head office (command line)</source>
        <translation>Head office (command line)</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1319" />
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1320" />
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1321" />
        <source>Wipe ordered</source>
        <translation>Wipe ordered</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1322" />
        <source>Wiped</source>
        <translation>Wiped</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1356" />
        <source>Tablets</source>
        <translation>Tablets</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1358" />
        <source>Revoking a tablet stops its sync at once. Ordering a wipe makes the tablet erase its data at its next contact with head office; what it recorded stays here as evidence.</source>
        <translation>Revoking a tablet stops its sync at once. Ordering a wipe makes the tablet erase its data at its next contact with head office; what it recorded stays here as evidence.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1361" />
        <source>Tablet</source>
        <translation>Tablet</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1362" />
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1364" />
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1365" />
        <source>Last sync</source>
        <translation>Last sync</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1366" />
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1374" />
        <source>No tablet is enrolled yet.</source>
        <translation>No tablet is enrolled yet.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1382" />
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1385" />
        <source>Order a wipe</source>
        <translation>Order a wipe</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1404" />
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1408" />
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1414" />
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1417" />
        <source>Issue an enrollment code</source>
        <translation>Issue an enrollment code</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1427" />
        <source>Add a user</source>
        <translation>Add a user</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1433" />
        <source>1 to 64 letters, digits, dots, hyphens or underscores.</source>
        <translation>1 to 64 letters, digits, dots, hyphens or underscores.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1444" />
        <source>Sales reps and installers then get an enrollment code for their tablet. Console users get their password from the command line: kakunin-hq admin set-password.</source>
        <translation>Sales reps and installers then get an enrollment code for their tablet. Console users get their password from the command line: kakunin-hq admin set-password.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1448" />
        <source>Add the user</source>
        <translation>Add the user</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1457" />
        <source>Enrollment code</source>
        <translation>Enrollment code</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1460" />
        <source>Back to devices and users</source>
        <translation>Back to devices and users</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1464" />
        <source>For %1 (%2, %3). Valid once, until %4.</source>
        <translation>For %1 (%2, %3). Valid once, until %4.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1470" />
        <source>On the tablet, scan the QR code or type the code under Settings, Sync. The code is shown only now: head office keeps only its hash. Issue a new one if it is lost.</source>
        <translation>On the tablet, scan the QR code or type the code under Settings, Sync. The code is shown only now: head office keeps only its hash. Issue a new one if it is lost.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1484" />
        <source>Visits allowed from (S2)</source>
        <translation>Visits allowed from (S2)</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1485" />
        <source>Visits allowed until (S2)</source>
        <translation>Visits allowed until (S2)</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1486" />
        <source>Maximum visit length, minutes (S2)</source>
        <translation>Maximum visit length, minutes (S2)</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1487" />
        <source>Warn the rep at this share of the maximum, % (S2)</source>
        <translation>Warn the rep at this share of the maximum, % (S2)</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1488" />
        <source>No visit after a refusal for, days (S2)</source>
        <translation>No visit after a refusal for, days (S2)</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1489" />
        <source>Elderly customer from age (P2)</source>
        <translation>Elderly customer from age (P2)</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1490" />
        <source>Minimum lecture, minutes (D1)</source>
        <translation>Minimum lecture, minutes (D1)</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1491" />
        <source>Trial period, days (D3)</source>
        <translation>Trial period, days (D3)</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1492" />
        <source>Cooling-off period, days (P3)</source>
        <translation>Cooling-off period, days (P3)</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1493" />
        <source>Use lapsed after, days (P5)</source>
        <translation>Use lapsed after, days (P5)</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1494" />
        <source>Dispute period, days (P6)</source>
        <translation>Dispute period, days (P6)</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1495" />
        <source>Tablet clock may be off by, minutes</source>
        <translation>Tablet clock may be off by, minutes</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1496" />
        <source>Tablet locks after, minutes idle</source>
        <translation>Tablet locks after, minutes idle</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1497" />
        <source>Company time zone</source>
        <translation>Company time zone</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1509" />
        <source>Enter a whole number.</source>
        <translation>Enter a whole number.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1511" />
        <source>This number is outside the allowed range.</source>
        <translation>This number is outside the allowed range.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1513" />
        <source>Enter a time as HH:MM.</source>
        <translation>Enter a time as HH:MM.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1515" />
        <source>The visit hours must end after they start.</source>
        <translation>The visit hours must end after they start.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1517" />
        <source>Unknown time zone: use an IANA id such as Asia/Tokyo.</source>
        <translation>Unknown time zone: use an IANA id such as Asia/Tokyo.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1519" />
        <source>This value is not accepted (%1).</source>
        <translation>This value is not accepted (%1).</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1531" />
        <source>This is not one JSON object.</source>
        <translation>This is not one JSON object.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1534" />
        <source>The pack is too large.</source>
        <translation>The pack is too large.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1537" />
        <source>A required field is missing.</source>
        <translation>A required field is missing.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1540" />
        <source>A field the format does not know.</source>
        <translation>A field the format does not know.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1543" />
        <source>A field has the wrong type.</source>
        <translation>A field has the wrong type.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1546" />
        <source>A text lacks its Japanese or English version.</source>
        <translation>A text lacks its Japanese or English version.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1549" />
        <source>A mandatory important matter is missing: no guarantee (S1) or the antisocial declaration (P2).</source>
        <translation>A mandatory important matter is missing: no guarantee (S1) or the antisocial declaration (P2).</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1553" />
        <source>The pack is not valid.</source>
        <translation>The pack is not valid.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1558" />
        <source>Field: %1.</source>
        <translation>Field: %1.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1560" />
        <source>Item: %1.</source>
        <translation>Item: %1.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1562" />
        <source>Value: %1.</source>
        <translation>Value: %1.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1564" />
        <source>Nothing was published.</source>
        <translation>Nothing was published.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1582" />
        <source>Policy, version %1</source>
        <translation>Policy, version %1</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1584" />
        <source>Publishing makes the next version: tablets receive it at their next sync. Contracts keep the terms they were concluded under.</source>
        <translation>Publishing makes the next version: tablets receive it at their next sync. Contracts keep the terms they were concluded under.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1618" />
        <source>Publish the policy</source>
        <translation>Publish the policy</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1622" />
        <source>Content packs</source>
        <translation>Content packs</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1624" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1625" />
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1629" />
        <source>No pack has been published from head office yet: tablets use the packs they were shipped with.</source>
        <translation>No pack has been published from head office yet: tablets use the packs they were shipped with.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1648" />
        <source>New pack version (JSON)</source>
        <translation>New pack version (JSON)</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1651" />
        <source>Paste the whole pack file (docs/content-packs.md). Head office checks it with the same loader as the tablets; a pack with any error is not published.</source>
        <translation>Paste the whole pack file (docs/content-packs.md). Head office checks it with the same loader as the tablets; a pack with any error is not published.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1656" />
        <source>Publish the pack</source>
        <translation>Publish the pack</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1665" />
        <source>%1: %2 Nothing was published.</source>
        <translation>%1: %2 Nothing was published.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1678" />
        <source>Contracts concluded and calls recorded in a date range, as CSV files (UTF-8 with BOM, so Excel opens them directly). Days are counted in the console's time zone (%1).</source>
        <translation>Contracts concluded and calls recorded in a date range, as CSV files (UTF-8 with BOM, so Excel opens them directly). Days are counted in the console's time zone (%1).</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1693" />
        <source>To (inclusive)</source>
        <translation>To (inclusive)</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1696" />
        <source>Download contracts (CSV)</source>
        <translation>Download contracts (CSV)</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="1699" />
        <source>Download call results (CSV)</source>
        <translation>Download call results (CSV)</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="301" />
        <location filename="../../headoffice/console/pages.cpp" line="302" />
        <location filename="../../headoffice/console/pages.cpp" line="406" />
        <location filename="../../headoffice/console/pages.cpp" line="1405" />
        <source>User ID</source>
        <translation>User ID</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="410" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="425" />
        <source>Confirmation calls due now (M2), oldest first: C1 after the contract, C2 after the delivery, C3 before the start. Calls are made by someone other than the sales rep, and C3 by someone other than the installer.</source>
        <translation>Confirmation calls due now (M2), oldest first: C1 after the contract, C2 after the delivery, C3 before the start. Calls are made by someone other than the sales rep, and C3 by someone other than the installer.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="433" />
        <source>You are signed in as an auditor: you can read everything and change nothing.</source>
        <translation>You are signed in as an auditor: you can read everything and change nothing.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="443" />
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="446" />
        <location filename="../../headoffice/console/pages.cpp" line="1258" />
        <location filename="../../headoffice/console/pages.cpp" line="1367" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="449" />
        <source>Calls due</source>
        <translation>Calls due</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="453" />
        <source>No call is due now.</source>
        <translation>No call is due now.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="469" />
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="470" />
        <location filename="../../headoffice/console/pages.cpp" line="511" />
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="477" />
        <source>since %1</source>
        <translation>since %1</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="486" />
        <source>Found by</source>
        <translation>Found by</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="487" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="488" />
        <source>On hold since</source>
        <translation>On hold since</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="491" />
        <location filename="../../headoffice/console/pages.cpp" line="725" />
        <source>On hold</source>
        <translation>On hold</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="494" />
        <source>A call that finds a problem stops the contract until a compliance admin resolves the hold; then the contract comes back to the queue.</source>
        <translation>A call that finds a problem stops the contract until a compliance admin resolves the hold; then the contract comes back to the queue.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="499" />
        <source>No contract is on hold.</source>
        <translation>No contract is on hold.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="510" />
        <source>Resolve</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="532" />
        <location filename="../../headoffice/console/pages.cpp" line="957" />
        <source>%1 call</source>
        <translation>%1 call</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="535" />
        <location filename="../../headoffice/console/pages.cpp" line="639" />
        <location filename="../../headoffice/console/pages.cpp" line="694" />
        <source>Back to the call queue</source>
        <translation>Back to the call queue</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="543" />
        <source>This contract is on hold: no call can be recorded until the hold is resolved.</source>
        <translation>This contract is on hold: no call can be recorded until the hold is resolved.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="548" />
        <source>This contract is not due for a %1 call now.</source>
        <translation>This contract is not due for a %1 call now.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="554" />
        <source>Call script</source>
        <translation>Call script</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="556" />
        <source>Read each question to the customer as written, then record the answers below.</source>
        <translation>Read each question to the customer as written, then record the answers below.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="561" />
        <source>No content pack with a script for this product was found.</source>
        <translation>No content pack with a script for this product was found.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="572" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="573" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="576" />
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="580" />
        <source>Did you reach the customer?</source>
        <translation>Did you reach the customer?</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="581" />
        <source>Yes, I spoke with the customer</source>
        <translation>Yes, I spoke with the customer</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="582" />
        <source>No answer: the call stays in the queue</source>
        <translation>No answer: the call stays in the queue</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="584" />
        <source>When the customer was not reached, only the attempt and the note are recorded.</source>
        <translation>When the customer was not reached, only the attempt and the note are recorded.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="588" />
        <source>Did anyone guarantee or promise results, such as more customers or sales? (S1)</source>
        <translation>Did anyone guarantee or promise results, such as more customers or sales? (S1)</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="594" />
        <source>Was the visit conducted properly: by appointment, not overlong, without pressure? (S2)</source>
        <translation>Was the visit conducted properly: by appointment, not overlong, without pressure? (S2)</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="600" />
        <source>Was the lecture given on site, long enough and item by item? (D1, D2)</source>
        <translation>Was the lecture given on site, long enough and item by item? (D1, D2)</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="606" />
        <source>Has the customer actually used the product? (D3)</source>
        <translation>Has the customer actually used the product? (D3)</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="614" />
        <source>What the customer said, in a few words. At most %1 characters.</source>
        <translation>What the customer said, in a few words. At most %1 characters.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="619" />
        <source>Head office's rules decide from the answers whether the call is clean; any problem puts the contract on hold.</source>
        <translation>Head office's rules decide from the answers whether the call is clean; any problem puts the contract on hold.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="623" />
        <source>Record the call</source>
        <translation>Record the call</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="626" />
        <source>Your role can read this page but not record calls.</source>
        <translation>Your role can read this page but not record calls.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="636" />
        <location filename="../../headoffice/console/pages.cpp" line="960" />
        <source>Hold</source>
        <translation>Hold</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="644" />
        <source>This contract is not on hold.</source>
        <translation>This contract is not on hold.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="648" />
        <source>On hold since %1: the %2 call found</source>
        <translation>On hold since %1: the %2 call found</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="656" />
        <location filename="../../headoffice/console/pages.cpp" line="985" />
        <source>Holds on this contract</source>
        <translation>Holds on this contract</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="665" />
        <location filename="../../headoffice/console/pages.cpp" line="678" />
        <source>Resolve the hold</source>
        <translation>Resolve the hold</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="674" />
        <source>What was found out and what was done. The contract then goes back to the call queue for the same call.</source>
        <translation>What was found out and what was done. The contract then goes back to the call queue for the same call.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="681" />
        <source>Only a compliance admin can resolve a hold.</source>
        <translation>Only a compliance admin can resolve a hold.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="241" />
        <source>Service unavailable</source>
        <translation>Service unavailable</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="242" />
        <source>The database cannot be reached. Nothing was changed. Please try again in a moment.</source>
        <translation>The database cannot be reached. Nothing was changed. Please try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="246" />
        <location filename="../../headoffice/console/routes.cpp" line="660" />
        <source>Internal error</source>
        <translation>Internal error</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="247" />
        <source>Something went wrong on head office's side.</source>
        <translation>Something went wrong on head office's side.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="270" />
        <source>Form too large</source>
        <translation>Form too large</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="271" />
        <source>The form is too large. Nothing was changed.</source>
        <translation>The form is too large. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="274" />
        <source>Unsupported form</source>
        <translation>Unsupported form</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="275" />
        <location filename="../../headoffice/console/routes.cpp" line="279" />
        <source>This form cannot be read. Nothing was changed.</source>
        <translation>This form cannot be read. Nothing was changed.</translation>
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
        <translation>Bad request</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="287" />
        <source>Not allowed</source>
        <translation>Not allowed</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="288" />
        <source>Your role (%1) may not do this. Nothing was changed.</source>
        <translation>Your role (%1) may not do this. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="326" />
        <source>Form expired</source>
        <translation>Form expired</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="327" />
        <source>This form has expired or was not sent from this console. Nothing was changed. Please go back, reload the page and try again.</source>
        <translation>This form has expired or was not sent from this console. Nothing was changed. Please go back, reload the page and try again.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="338" />
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="339" />
        <source>This page does not exist.</source>
        <translation>This page does not exist.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="384" />
        <source>You have signed out.</source>
        <translation>You have signed out.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="401" />
        <source>Sign-in failed. Check your user ID and password. After %1 failed attempts in a row, sign-in is locked for %2 minutes.</source>
        <translation>Sign-in failed. Check your user ID and password. After %1 failed attempts in a row, sign-in is locked for %2 minutes.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="431" />
        <source>The hold on %1 is resolved. The contract is back in the call queue.</source>
        <translation>The hold on %1 is resolved. The contract is back in the call queue.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="436" />
        <source>The call was recorded. It found a problem: contract %1 is on hold until a compliance admin resolves it.</source>
        <translation>The call was recorded. It found a problem: contract %1 is on hold until a compliance admin resolves it.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="442" />
        <source>The call was recorded. The customer of %1 was not reached: the call stays in the queue.</source>
        <translation>The call was recorded. The customer of %1 was not reached: the call stays in the queue.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="448" />
        <source>The call was recorded. Contract %1 passed the %2 call.</source>
        <translation>The call was recorded. Contract %1 passed the %2 call.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="462" />
        <source>No contract was given. Nothing was changed.</source>
        <translation>No contract was given. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="468" />
        <source>Unknown contract</source>
        <translation>Unknown contract</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="498" />
        <source>Give the call stage: C1, C2 or C3.</source>
        <translation>Give the call stage: C1, C2 or C3.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="577" />
        <source>The search text is too long: at most 100 characters.</source>
        <translation>The search text is too long: at most 100 characters.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="599" />
        <source>Signature, %1</source>
        <translation>Signature, %1</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="622" />
        <source>The contract has started. The tablets receive it at their next sync.</source>
        <translation>The contract has started. The tablets receive it at their next sync.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="634" />
        <source>There is no such copy.</source>
        <translation>There is no such copy.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="644" />
        <source>The walkthrough of this contract is not concluded yet: there is no copy to make.</source>
        <translation>The walkthrough of this contract is not concluded yet: there is no copy to make.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="646" />
        <source>The delivery confirmation of this contract is not signed yet: there is no copy to make.</source>
        <translation>The delivery confirmation of this contract is not signed yet: there is no copy to make.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="650" />
        <source>Head office does not hold the content pack this contract was explained with, so its copy cannot be made.</source>
        <translation>Head office does not hold the content pack this contract was explained with, so its copy cannot be made.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="655" />
        <source>A signature's strokes are missing or do not match their hash, so the copy cannot be made.</source>
        <translation>A signature's strokes are missing or do not match their hash, so the copy cannot be made.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="661" />
        <source>The PDF could not be written on head office's side.</source>
        <translation>The PDF could not be written on head office's side.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="665" />
        <source>No copy yet</source>
        <translation>No copy yet</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="712" />
        <source>The credit contract of %1 is cancelled. The tablets receive it at their next sync.</source>
        <translation>The credit contract of %1 is cancelled. The tablets receive it at their next sync.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="744" />
        <source>Tablet %1 is revoked: it can no longer sync.</source>
        <translation>Tablet %1 is revoked: it can no longer sync.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="747" />
        <source>A wipe of tablet %1 is ordered: it erases its data at its next contact.</source>
        <translation>A wipe of tablet %1 is ordered: it erases its data at its next contact.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="751" />
        <source>User %1 was added.</source>
        <translation>User %1 was added.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="798" />
        <source>QR code of the enrollment code</source>
        <translation>QR code of the enrollment code</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="831" />
        <source>Policy version %1 is published. Tablets receive it at their next sync.</source>
        <translation>Policy version %1 is published. Tablets receive it at their next sync.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="836" />
        <source>Content pack %1 %2 is published. Tablets receive it at their next sync.</source>
        <translation>Content pack %1 %2 is published. Tablets receive it at their next sync.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="875" />
        <source>%1 is already published. Give the new pack a new version. Nothing was published.</source>
        <translation>%1 is already published. Give the new pack a new version. Nothing was published.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="922" />
        <source>The range ends before it starts.</source>
        <translation>The range ends before it starts.</translation>
    </message>
</context>
</TS>