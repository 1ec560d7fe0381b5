# One sentence per fact in src/facts.toml, as fact-<id>. The values (codes, days, names,
# links) come from facts.toml; keep every variable and do not write numbers or codes here.
# Variables written { $code } are dialling codes; { $site } and { $website } are links.

# Context: lead of the timeline of stages after validity ends (the stages are in overview.ftl).
# Variables: $outgoing_days, $incoming_days, $resale_days (numbers, used by the stages)
fact-trc-stages = និយ័តករទូរគមនាគមន៍កម្ពុជា (TRC) កំណត់ឱ្យគ្រប់ក្រុមហ៊ុនទូរស័ព្ទ ផ្អាកសេវាលេខដែលផុតសុពលភាពជាដំណាក់កាល សរុបប្រហែលកន្លះឆ្នាំ ដូចខាងក្រោម។

# Variables: $code (dialling code)
fact-mptc-cancel-add-ons = សេវាបន្ថែមដែលអ្នកបានជាវ តែលែងប្រើ អាចកាត់លុយពីសមតុល្យរបស់អ្នក។ សូមចុច { $code } ដើម្បីឈប់ជាវ។ កូដនេះប្រើបានដោយឥតគិតថ្លៃ សម្រាប់គ្រប់ក្រុមហ៊ុន។

# Variables: $year (text)
fact-trc-no-borrowing = និយ័តករទូរគមនាគមន៍កម្ពុជា (TRC) បានបញ្ជាឱ្យក្រុមហ៊ុនទូរស័ព្ទបញ្ឈប់សេវា «ខ្ចីលុយ» កាលពីឆ្នាំ { $year }។ ដូច្នេះ សូមកុំពឹងលើលុយខ្ចី ដើម្បីរក្សាលេខរបស់អ្នក។

# Variables: $year (text)
fact-sim-registration = ស៊ីមកាតទាំងអស់ត្រូវចុះឈ្មោះដោយប្រើអត្តសញ្ញាណប័ណ្ណ ឬលិខិតឆ្លងដែន (តាមបទប្បញ្ញត្តិឆ្នាំ { $year })។ ក្រុមហ៊ុនទូរស័ព្ទអាចបិទស៊ីមកាតដែលចុះឈ្មោះដោយព័ត៌មានមិនត្រឹមត្រូវ។

# Variables: $app (text) - the app's name
fact-smart-app = Smart៖ មើលសមតុល្យ និងបញ្ចូលលុយ តាមកម្មវិធី { $app }។

# Variables: $code (dialling code)
fact-smart-card-code = ដើម្បីបញ្ចូលលុយពីកាតកោស Smart សូមចុច { $code }។

# Variables: $code (dialling code)
fact-smart-card-code-other-number = សាច់ញាតិ ឬមិត្តភក្តិនៅកម្ពុជាដែលប្រើលេខ Smart អាចបញ្ចូលលុយពីកាតកោស Smart ទៅលេខរបស់អ្នក ដោយចុច { $code }។ អ្នកក៏អាចទិញកាតកោស Smart ដោយខ្លួនឯង រួចផ្ញើលេខកូដកាតនោះទៅពួកគេ ឱ្យបញ្ចូលជំនួសអ្នក។

# Context: followed by a table of all amounts.
# Variables: $smallest_usd, $smallest_days, $largest_usd, $largest_days (numbers)
fact-smart-validity-per-card = កាតកោស Smart ផ្ដល់ថ្ងៃសុពលភាពតាមតម្លៃកាត៖ កាត { $smallest_usd } ដុល្លារ បាន { $smallest_days } ថ្ងៃ ចំណែកកាត { $largest_usd } ដុល្លារ បាន { $largest_days } ថ្ងៃ។

# Variables: $kiosk (text) - a kiosk brand; $wallet (text) - a wallet's name
fact-smart-other-channels = ក្រៅពីកាតកោស អ្នកក៏អាចបញ្ចូលលុយទៅលេខ Smart តាមអនឡាញ តាម ATM តាមម៉ាស៊ីន { $kiosk } ឬតាម { $wallet } បានដែរ។

# Variables: $code (dialling code)
fact-smart-balance-code = Smart៖ ចុច { $code } ដើម្បីពិនិត្យសមតុល្យ។

# Variables: $days (number); $free_sim_days (number)
fact-smart-new-sim = បើលេខ Smart ថ្មីមិនដែលបានបញ្ចូលលុយសោះ ក្រុមហ៊ុននឹងដកលេខនោះមកវិញក្រោយ { $days } ថ្ងៃ (បើជាស៊ីមកាតឥតគិតថ្លៃ គឺក្រោយ { $free_sim_days } ថ្ងៃ)។

# Variables: $service (text) - the service's name; $code (dialling code)
fact-smart-share2talk = លុយដែលមិត្តភក្តិផ្ទេរឱ្យអ្នកតាមសេវា { $service } របស់ Smart ({ $code }) មិនបន្ថែមថ្ងៃសុពលភាពឱ្យលេខរបស់អ្នកទេ ព្រោះលុយនោះផុតសុពលភាពនៅថ្ងៃដូចគ្នានឹងលេខរបស់អ្នកផ្ញើ។

# Variables: $outgoing_days, $incoming_days, $restore_days, $total_days (numbers)
fact-metfone-stages = Metfone៖ ផ្អាកមួយផ្លូវ { $outgoing_days } ថ្ងៃ បន្ទាប់មកផ្អាកពីរផ្លូវ { $incoming_days } ថ្ងៃ។ ក្រោយមក Metfone បិទលេខ ប៉ុន្តែនៅរក្សាលេខទុក { $restore_days } ថ្ងៃទៀត ក្រែងលោអ្នកចង់សុំបើកលេខវិញ។ សរុបទាំងអស់ { $total_days } ថ្ងៃ គិតពីថ្ងៃផុតសុពលភាព។

# Variables: $site (link); $min_usd, $max_usd (numbers); $methods (text) - a list of payment methods
fact-metfone-portal = គេហទំព័របញ្ចូលលុយផ្លូវការរបស់ Metfone គឺ { $site }។ តាមគេហទំព័រនេះ អ្នកអាចបញ្ចូលលុយពី { $min_usd } ដល់ { $max_usd } ដុល្លារ។ គេហទំព័រនេះទទួលការបង់ប្រាក់តាម { $methods }។ ដូច្នេះ អ្នកអាចបង់ប្រាក់ពីក្រៅប្រទេសបាន។

# Variables: $app (text)
fact-cellcard-app = Cellcard មានកម្មវិធីផ្ទាល់ខ្លួនឈ្មោះ { $app }។

# Variables: $code (dialling code); $app (text)
fact-cellcard-balance-code = Cellcard៖ ចុច { $code } ឬ { $code2 } ឬបើក { $app } ដើម្បីពិនិត្យសមតុល្យ។

# Variables: $days (number)
fact-cellcard-recycling = Cellcard៖ បើសមតុល្យ និងកញ្ចប់របស់អ្នកផុតសុពលភាព ហើយអ្នកមិនបញ្ចូលលុយក្នុង { $days } ថ្ងៃបន្ទាប់ទេ ក្រុមហ៊ុនអាចដកលេខមកវិញ ហើយផ្ដល់ឱ្យអ្នកផ្សេង។

# Variables: $code (dialling code)
fact-cellcard-card-code = ដើម្បីបញ្ចូលលុយពីកាតកោស Cellcard សូមចុច { $code }។

# Variables: $bank (text) - a bank's name; $wallet (text) - a wallet app's name
fact-cellcard-online = ពេលបញ្ចូលលុយទៅលេខ Cellcard តាមអនឡាញ អ្នកអាចបង់ប្រាក់តាម { $bank }។ កម្មវិធី { $wallet } ក៏អាចបញ្ចូលលុយទូរស័ព្ទបានដែរ។

# Variables: $company (text); $prefix (text) - the first digits of its numbers
fact-cootel-prefix = លេខ CooTel មានក្បាលលេខ { $prefix }។ CooTel ជាម៉ាករបស់ក្រុមហ៊ុន { $company }។

# Variables: $brand (text); $prefix (text); $wallet (text)
fact-seatel-prefix = លេខ Seatel មានក្បាលលេខ { $prefix }។ Seatel ប្រើម៉ាក «{ $brand }» ហើយមានកាបូបអេឡិចត្រូនិកឈ្មោះ { $wallet }។

# Variables: $app (text); $menu (text) - menu names as the app shows them; $networks (text) - operator names; $checkout (text)
fact-aba-mobile = ក្នុងកម្មវិធី { $app } សូមបើក { $menu } ហើយជ្រើសក្រុមហ៊ុនទូរស័ព្ទរបស់អ្នក (មាន { $networks })។ អ្នកត្រូវមានគណនីធនាគារ ABA។ ចំណែក { $checkout } វិញ ជាវិធីបង់ប្រាក់នៅលើគេហទំព័រ មិនមែនជាកម្មវិធីទេ។ អ្នកប្រើខ្លះប្រាប់ថា ពួកគេបញ្ចូលលុយតាម { $app } ពីក្រៅប្រទេសបាន។

# Variables: $app (text)
fact-pipay-top-up = { $app } មានសេវាបញ្ចូលលុយទូរស័ព្ទ។

# Variables: $brand (text)
fact-paygo-kiosk = នៅម៉ាស៊ីន { $brand } អ្នកគ្រាន់តែវាយលេខទូរស័ព្ទ ហើយបង់ប្រាក់។ អ្នកមិនចាំបាច់មានស៊ីមកាត ឬទូរស័ព្ទដែលប្រើលេខនោះ នៅជាប់ខ្លួនទេ។

# Variables: $brand (text)
fact-truemoney-agents = ភ្នាក់ងារ { $brand } អាចបញ្ចូលលុយទូរស័ព្ទឱ្យអ្នកនៅនឹងកន្លែង។

fact-metfone-ways = អ្នកអាចបញ្ចូលលុយទៅលេខ Metfone ដោយប្រើកាតកោស ឬតាម { $anypay } · { $wing } ឬ { $emoney }។

fact-metfone-restore = Metfone រក្សាលេខដែលបិទហើយទុក { $days } ថ្ងៃ។ ក្នុងរយៈពេលនេះ អ្នកអាចសុំបើកលេខវិញបាន ដោយទាក់ទង Metfone ហើយត្រៀមអត្តសញ្ញាណប័ណ្ណ ឬលិខិតឆ្លងដែនដែលបានប្រើចុះឈ្មោះស៊ីមកាត។

fact-cellcard-reactivate = តាមលក្ខខណ្ឌរបស់ខ្លួន Cellcard រក្សាលេខដែលជាប់ផ្អាកទុក { $days } ថ្ងៃ គិតពីថ្ងៃដែលសមតុល្យ និងកញ្ចប់ផុតសុពលភាព ដើម្បីឱ្យអ្នកអាចសុំបើកលេខវិញ។

fact-mpay-hotline = កាបូបអេឡិចត្រូនិក { $wallet } របស់ Seatel មានលេខទូរស័ព្ទសេវាអតិថិជន { $hotline }។ លេខនេះសម្រាប់តែកាបូបអេឡិចត្រូនិកប៉ុណ្ណោះ មិនមែនសម្រាប់ស៊ីមកាតទេ។

fact-smart-validity-online = Smart៖ បើបញ្ចូលលុយតាមអនឡាញ តាមម៉ាស៊ីន PayGo ឬតាម ATM ពី { $from_1 } ដល់ { $to_1 } ដុល្លារ បាន { $days_1 } ថ្ងៃ ពី { $from_2 } ដល់ { $to_2 } ដុល្លារ បាន { $days_2 } ថ្ងៃ និងពី { $from_3 } ដល់ { $to_3 } ដុល្លារ បាន { $days_3 } ថ្ងៃ។ បើបញ្ចូលច្រើនជាងនេះ បានថ្ងៃកាន់តែច្រើន។ ចំណែកកាតកោសជាប្រាក់រៀលវិញ កាត { AMOUNT($riel_1) } រៀល បាន { $riel_days_1 } ថ្ងៃ និងកាត { AMOUNT($riel_2) } រៀល បាន { $riel_days_2 } ថ្ងៃ។

fact-trc-roaming = និយ័តករទូរគមនាគមន៍កម្ពុជា (TRC) តម្រូវឱ្យក្រុមហ៊ុនទូរស័ព្ទផ្ញើសារជូនដំណឹងអ្នក អំពីសេវារ៉ូមីង និងតម្លៃសេវានេះ។ ពេលនៅក្រៅប្រទេស អ្នកអាចទទួលលេខកូដផ្ទៀងផ្ទាត់បាន លុះត្រាតែស៊ីមកាតរបស់អ្នកបានបើកសេវារ៉ូមីង។ សូមសួរក្រុមហ៊ុនទូរស័ព្ទមុនពេលចេញដំណើរ។
# Context: Metfone's 4Ever plan (medium: an undated page). Keep "confirm first" and "not instead of a top-up".
# Variables: $plan (text); $days (number); $code (dialling code); $hotline (text) - Metfone's short hotline
fact-metfone-4ever = កញ្ចប់ { $plan } របស់ Metfone គ្មានកំណត់សុពលភាព ដរាបណាលេខនោះហៅ ទទួលការហៅចូល ផ្ញើសារ ឬប្រើអ៊ីនធឺណិត យ៉ាងហោចណាស់ម្ដង រៀងរាល់ { $days } ថ្ងៃ (ចុច { $code })។ សូមហៅលេខ { $hotline } ពីលេខ Metfone របស់អ្នក ដើម្បីសួរជាមុនថា កញ្ចប់នេះនៅមាន និងប្រើបានជាមួយស៊ីមកាតរបស់អ្នកឬទេ។ កញ្ចប់នេះមិនជំនួសការបញ្ចូលលុយទេ។
# Context: Cellcard's terms on a fake ID (checked 2026-12-05).
fact-cellcard-fake-id = ពេលចុះឈ្មោះស៊ីមកាត ឬ eSIM អ្នកត្រូវផ្ទៀងផ្ទាត់អត្តសញ្ញាណតាមនីតិវិធីរបស់ Cellcard (KYC/eKYC)។ Cellcard អាចផ្អាក ឬបិទលេខដែលចុះឈ្មោះដោយឯកសារក្លែងក្លាយ ឬនៅពេលអាជ្ញាធរបញ្ជា។
# Context: two more points of the 2023 sub-decree on SIM registration.
# Variables: $days (number)
fact-sim-subdecree-points = ភ្ញៀវទេសចរដែលស្នាក់នៅកម្ពុជាតិចជាង { $days } ថ្ងៃ មិនចាំបាច់ចុះឈ្មោះស៊ីមកាតទេ។ បើស៊ីមកាតរបស់អ្នកបាត់ ឬគេលួច អ្នកនៅតែរក្សាលេខបាន ដោយសុំស៊ីមកាតថ្មីដែលប្រើលេខដដែល។
# Context: the regulator's order after the 2023 sub-decree.
fact-trc-registration-order = និយ័តករទូរគមនាគមន៍កម្ពុជា (TRC) បានបញ្ជាឱ្យក្រុមហ៊ុនទូរស័ព្ទបិទលេខដែលមានព័ត៌មានអត្តសញ្ញាណមិនត្រឹមត្រូវ និងស៊ីមកាតជាច្រើនដែលចុះឈ្មោះដោយប្រើអត្តសញ្ញាណប័ណ្ណតែមួយ។ មុននឹងបិទ ក្រុមហ៊ុនត្រូវជូនដំណឹងឱ្យម្ចាស់លេខកែព័ត៌មានសិន។
# Context: the 2025 agreement to check SIM registrations against bank accounts. Never add a deadline or what happens to numbers that fail: neither is confirmed.
# Variables: $year (text)
fact-sim-bank-check = នៅខែធ្នូ ឆ្នាំ { $year } ធនាគារជាតិនៃកម្ពុជា និងក្រសួងប្រៃសណីយ៍ និងទូរគមនាគមន៍ បានព្រមព្រៀងគ្នាថានឹងផ្ទៀងផ្ទាត់ព័ត៌មានចុះឈ្មោះស៊ីមកាត ធៀបនឹងព័ត៌មានគណនីធនាគារ និងគណនីទូទាត់ ដើម្បីទប់ស្កាត់ការបោកប្រាស់។
# Context: the regulator's rule on SMS notices (checked 2026-12-05).
fact-trc-sms-notices = ក្រុមហ៊ុនទូរស័ព្ទត្រូវផ្ញើសារមកអ្នក មុនថ្ងៃផុតសុពលភាព និងរាល់ពេលដែលអ្នកបញ្ចូលលុយបានសម្រេច។ សូមមើលថ្ងៃផុតសុពលភាពក្នុងសារនោះ។
