<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>Console</name>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="45" />
        <source>Kakunin head-office console</source>
        <translation>Kakunin head-office console</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="48" />
        <source>Skip to the content</source>
        <translation>Skip to the content</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="51" />
        <source>Kakunin</source>
        <translation>Kakunin</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="52" />
        <source>Head-office console</source>
        <translation>Head-office console</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="57" />
        <location filename="../../headoffice/console/pages.cpp" line="390" />
        <location filename="../../headoffice/console/pages.cpp" line="493" />
        <source>Call queue</source>
        <translation>Call queue</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="60" />
        <source>Main menu</source>
        <translation>Main menu</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="71" />
        <source>Signed in as</source>
        <translation>Signed in as</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="77" />
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="169" />
        <location filename="../../headoffice/console/pages.cpp" line="407" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="170" />
        <location filename="../../headoffice/console/pages.cpp" line="408" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="171" />
        <location filename="../../headoffice/console/pages.cpp" line="409" />
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="172" />
        <location filename="../../headoffice/console/pages.cpp" line="411" />
        <source>Sales rep</source>
        <translation>Sales rep</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="174" />
        <source>Installer</source>
        <translation>Installer</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="176" />
        <source>Contracted</source>
        <translation>Contracted</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="177" />
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="178" />
        <source>Use confirmed</source>
        <translation>Use confirmed</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="182" />
        <source>Contract and customer</source>
        <translation>Contract and customer</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="188" />
        <source>Calls so far</source>
        <translation>Calls so far</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="192" />
        <source>No call has been recorded for this contract yet.</source>
        <translation>No call has been recorded for this contract yet.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="193" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="194" />
        <location filename="../../headoffice/console/pages.cpp" line="405" />
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="195" />
        <location filename="../../headoffice/console/pages.cpp" line="619" />
        <source>Caller</source>
        <translation>Caller</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="196" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="197" />
        <location filename="../../headoffice/console/pages.cpp" line="291" />
        <location filename="../../headoffice/console/pages.cpp" line="578" />
        <location filename="../../headoffice/console/pages.cpp" line="620" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="205" />
        <source>Refused by the rules</source>
        <translation>Refused by the rules</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="208" />
        <location filename="../../headoffice/console/pages.cpp" line="412" />
        <source>Not reached</source>
        <translation>Not reached</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="211" />
        <source>Clean</source>
        <translation>Clean</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="214" />
        <source>Problem: on hold</source>
        <translation>Problem: on hold</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="248" />
        <source>Confirmation staff</source>
        <translation>Confirmation staff</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="250" />
        <source>Compliance admin</source>
        <translation>Compliance admin</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="252" />
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="260" />
        <source>C1: after the contract</source>
        <translation>C1: after the contract</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="262" />
        <source>C2: after the delivery</source>
        <translation>C2: after the delivery</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="264" />
        <source>C3: before the start</source>
        <translation>C3: before the start</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="271" />
        <source>Results were guaranteed or promised (S1)</source>
        <translation>Results were guaranteed or promised (S1)</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="273" />
        <source>The visit was not conducted properly (S2)</source>
        <translation>The visit was not conducted properly (S2)</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="275" />
        <source>The lecture was not as required (D1, D2)</source>
        <translation>The lecture was not as required (D1, D2)</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="277" />
        <source>The product has not been used (D3)</source>
        <translation>The product has not been used (D3)</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="284" />
        <location filename="../../headoffice/console/pages.cpp" line="406" />
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="285" />
        <source>Call stage</source>
        <translation>Call stage</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="286" />
        <source>Whether the customer was reached</source>
        <translation>Whether the customer was reached</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="287" />
        <source>Whether results were guaranteed</source>
        <translation>Whether results were guaranteed</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="288" />
        <source>Whether the visit was conducted properly</source>
        <translation>Whether the visit was conducted properly</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="289" />
        <source>Whether the lecture was as required</source>
        <translation>Whether the lecture was as required</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="290" />
        <source>Whether the product has been used</source>
        <translation>Whether the product has been used</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="292" />
        <location filename="../../headoffice/console/pages.cpp" line="638" />
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="306" />
        <source>Please fill in: %1.</source>
        <translation>Please fill in: %1.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="308" />
        <source>This value is not accepted: %1.</source>
        <translation>This value is not accepted: %1.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="310" />
        <source>%1 is too long: at most %2 characters.</source>
        <translation>%1 is too long: at most %2 characters.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="314" />
        <source>There is no contract “%1”.</source>
        <translation>There is no contract “%1”.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="316" />
        <source>Your role may not record head-office events. Nothing was changed.</source>
        <translation>Your role may not record head-office events. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="318" />
        <source>You are the sales rep of this contract. Confirmation calls are made by someone other than the sales rep (M2). Nothing was recorded: please ask a colleague to make this call.</source>
        <translation>You are the sales rep of this contract. Confirmation calls are made by someone other than the sales rep (M2). Nothing was recorded: please ask a colleague to make this call.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="322" />
        <source>You are the installer of this contract. The C3 call is made by someone other than the installer (M2). Nothing was recorded: please ask a colleague to make this call.</source>
        <translation>You are the installer of this contract. The C3 call is made by someone other than the installer (M2). Nothing was recorded: please ask a colleague to make this call.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="326" />
        <source>This contract is not due for a %1 call now. Nothing was recorded.</source>
        <translation>This contract is not due for a %1 call now. Nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="329" />
        <source>This contract is on hold. A compliance admin must resolve the hold first. Nothing was recorded.</source>
        <translation>This contract is on hold. A compliance admin must resolve the hold first. Nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="332" />
        <source>This contract is not on hold. Nothing was changed.</source>
        <translation>This contract is not on hold. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="334" />
        <source>This contract is disputed: no call is made while the dispute is open. Nothing was recorded.</source>
        <translation>This contract is disputed: no call is made while the dispute is open. Nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="337" />
        <source>This contract has ended. Nothing was recorded.</source>
        <translation>This contract has ended. Nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="339" />
        <source>The rules refused this (%1). Nothing was changed.</source>
        <translation>The rules refused this (%1). Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="350" />
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="352" />
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="353" />
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="360" />
        <location filename="../../headoffice/console/pages.cpp" line="381" />
        <location filename="../../headoffice/console/pages.cpp" line="382" />
        <location filename="../../headoffice/console/pages.cpp" line="662" />
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="362" />
        <source>For head-office confirmation staff, compliance admins and auditors. Sales reps and installers work on their tablets.</source>
        <translation>For head-office confirmation staff, compliance admins and auditors. Sales reps and installers work on their tablets.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="374" />
        <source>User ID</source>
        <translation>User ID</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="378" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="392" />
        <source>Confirmation calls due now (M2), oldest first: C1 after the contract, C2 after the delivery, C3 before the start. Calls are made by someone other than the sales rep, and C3 by someone other than the installer.</source>
        <translation>Confirmation calls due now (M2), oldest first: C1 after the contract, C2 after the delivery, C3 before the start. Calls are made by someone other than the sales rep, and C3 by someone other than the installer.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="400" />
        <source>You are signed in as an auditor: you can read everything and change nothing.</source>
        <translation>You are signed in as an auditor: you can read everything and change nothing.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="410" />
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="413" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="416" />
        <source>Calls due</source>
        <translation>Calls due</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="420" />
        <source>No call is due now.</source>
        <translation>No call is due now.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="436" />
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="437" />
        <location filename="../../headoffice/console/pages.cpp" line="478" />
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="444" />
        <source>since %1</source>
        <translation>since %1</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="453" />
        <source>Found by</source>
        <translation>Found by</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="454" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="455" />
        <source>On hold since</source>
        <translation>On hold since</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="458" />
        <source>On hold</source>
        <translation>On hold</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="461" />
        <source>A call that finds a problem stops the contract until a compliance admin resolves the hold; then the contract comes back to the queue.</source>
        <translation>A call that finds a problem stops the contract until a compliance admin resolves the hold; then the contract comes back to the queue.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="466" />
        <source>No contract is on hold.</source>
        <translation>No contract is on hold.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="477" />
        <source>Resolve</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="499" />
        <source>%1 call</source>
        <translation>%1 call</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="502" />
        <location filename="../../headoffice/console/pages.cpp" line="606" />
        <location filename="../../headoffice/console/pages.cpp" line="661" />
        <source>Back to the call queue</source>
        <translation>Back to the call queue</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="510" />
        <source>This contract is on hold: no call can be recorded until the hold is resolved.</source>
        <translation>This contract is on hold: no call can be recorded until the hold is resolved.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="515" />
        <source>This contract is not due for a %1 call now.</source>
        <translation>This contract is not due for a %1 call now.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="521" />
        <source>Call script</source>
        <translation>Call script</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="523" />
        <source>Read each question to the customer as written, then record the answers below.</source>
        <translation>Read each question to the customer as written, then record the answers below.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="528" />
        <source>No content pack with a script for this product was found.</source>
        <translation>No content pack with a script for this product was found.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="539" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="540" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="543" />
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="547" />
        <source>Did you reach the customer?</source>
        <translation>Did you reach the customer?</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="548" />
        <source>Yes, I spoke with the customer</source>
        <translation>Yes, I spoke with the customer</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="549" />
        <source>No answer: the call stays in the queue</source>
        <translation>No answer: the call stays in the queue</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="551" />
        <source>When the customer was not reached, only the attempt and the note are recorded.</source>
        <translation>When the customer was not reached, only the attempt and the note are recorded.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="555" />
        <source>Did anyone guarantee or promise results, such as more customers or sales? (S1)</source>
        <translation>Did anyone guarantee or promise results, such as more customers or sales? (S1)</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="561" />
        <source>Was the visit conducted properly: by appointment, not overlong, without pressure? (S2)</source>
        <translation>Was the visit conducted properly: by appointment, not overlong, without pressure? (S2)</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="567" />
        <source>Was the lecture given on site, long enough and item by item? (D1, D2)</source>
        <translation>Was the lecture given on site, long enough and item by item? (D1, D2)</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="573" />
        <source>Has the customer actually used the product? (D3)</source>
        <translation>Has the customer actually used the product? (D3)</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="581" />
        <source>What the customer said, in a few words. At most %1 characters.</source>
        <translation>What the customer said, in a few words. At most %1 characters.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="586" />
        <source>Head office's rules decide from the answers whether the call is clean; any problem puts the contract on hold.</source>
        <translation>Head office's rules decide from the answers whether the call is clean; any problem puts the contract on hold.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="590" />
        <source>Record the call</source>
        <translation>Record the call</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="593" />
        <source>Your role can read this page but not record calls.</source>
        <translation>Your role can read this page but not record calls.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="603" />
        <source>Hold</source>
        <translation>Hold</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="611" />
        <source>This contract is not on hold.</source>
        <translation>This contract is not on hold.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="615" />
        <source>On hold since %1: the %2 call found</source>
        <translation>On hold since %1: the %2 call found</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="623" />
        <source>Holds on this contract</source>
        <translation>Holds on this contract</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="632" />
        <location filename="../../headoffice/console/pages.cpp" line="645" />
        <source>Resolve the hold</source>
        <translation>Resolve the hold</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="641" />
        <source>What was found out and what was done. The contract then goes back to the call queue for the same call.</source>
        <translation>What was found out and what was done. The contract then goes back to the call queue for the same call.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/pages.cpp" line="648" />
        <source>Only a compliance admin can resolve a hold.</source>
        <translation>Only a compliance admin can resolve a hold.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="211" />
        <source>Service unavailable</source>
        <translation>Service unavailable</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="212" />
        <source>The database cannot be reached. Nothing was changed. Please try again in a moment.</source>
        <translation>The database cannot be reached. Nothing was changed. Please try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="216" />
        <source>Internal error</source>
        <translation>Internal error</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="217" />
        <source>Something went wrong on head office's side.</source>
        <translation>Something went wrong on head office's side.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="240" />
        <source>Form too large</source>
        <translation>Form too large</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="241" />
        <source>The form is too large. Nothing was changed.</source>
        <translation>The form is too large. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="244" />
        <source>Unsupported form</source>
        <translation>Unsupported form</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="245" />
        <location filename="../../headoffice/console/routes.cpp" line="249" />
        <source>This form cannot be read. Nothing was changed.</source>
        <translation>This form cannot be read. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="248" />
        <location filename="../../headoffice/console/routes.cpp" line="431" />
        <location filename="../../headoffice/console/routes.cpp" line="467" />
        <location filename="../../headoffice/console/routes.cpp" line="496" />
        <location filename="../../headoffice/console/routes.cpp" line="528" />
        <source>Bad request</source>
        <translation>Bad request</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="257" />
        <source>Not allowed</source>
        <translation>Not allowed</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="258" />
        <source>Your role (%1) may not do this. Nothing was changed.</source>
        <translation>Your role (%1) may not do this. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="296" />
        <source>Form expired</source>
        <translation>Form expired</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="297" />
        <source>This form has expired or was not sent from this console. Nothing was changed. Please go back, reload the page and try again.</source>
        <translation>This form has expired or was not sent from this console. Nothing was changed. Please go back, reload the page and try again.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="308" />
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="309" />
        <source>This page does not exist.</source>
        <translation>This page does not exist.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="354" />
        <source>You have signed out.</source>
        <translation>You have signed out.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="371" />
        <source>Sign-in failed. Check your user ID and password. After %1 failed attempts in a row, sign-in is locked for %2 minutes.</source>
        <translation>Sign-in failed. Check your user ID and password. After %1 failed attempts in a row, sign-in is locked for %2 minutes.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="401" />
        <source>The hold on %1 is resolved. The contract is back in the call queue.</source>
        <translation>The hold on %1 is resolved. The contract is back in the call queue.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="406" />
        <source>The call was recorded. It found a problem: contract %1 is on hold until a compliance admin resolves it.</source>
        <translation>The call was recorded. It found a problem: contract %1 is on hold until a compliance admin resolves it.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="412" />
        <source>The call was recorded. The customer of %1 was not reached: the call stays in the queue.</source>
        <translation>The call was recorded. The customer of %1 was not reached: the call stays in the queue.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="418" />
        <source>The call was recorded. Contract %1 passed the %2 call.</source>
        <translation>The call was recorded. Contract %1 passed the %2 call.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="432" />
        <source>No contract was given. Nothing was changed.</source>
        <translation>No contract was given. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="438" />
        <source>Unknown contract</source>
        <translation>Unknown contract</translation>
    </message>
    <message>
        <location filename="../../headoffice/console/routes.cpp" line="468" />
        <source>Give the call stage: C1, C2 or C3.</source>
        <translation>Give the call stage: C1, C2 or C3.</translation>
    </message>
</context>
</TS>