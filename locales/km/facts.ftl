# One sentence per fact in src/facts.toml, as fact-<id>. The values (codes, days, names,
# links) come from facts.toml; keep every variable and do not write numbers or codes here.
# Variables written { $code } are dialling codes; { $site } and { $website } are links.

# Context: lead of the timeline of stages after validity ends (the stages are in overview.ftl).
# Variables: $outgoing_days, $incoming_days, $resale_days (numbers, used by the stages)
fact-trc-stages = ច្បាប់របស់និយ័តករ សម្រាប់គ្រប់ប្រតិបត្តិករ៖ ក្រោយថ្ងៃផុតសុពលភាព លេខរបស់អ្នកឆ្លងកាត់ដំណាក់កាលទាំងនេះ សរុបប្រហែលកន្លះឆ្នាំ។

# Variables: $code (dialling code)
fact-mptc-cancel-add-ons = គ្រប់ប្រតិបត្តិករត្រូវអនុញ្ញាតឱ្យអ្នកលុបចោលសេវាបន្ថែមដោយឥតគិតថ្លៃ ដោយចុច { $code }។ សេវាបន្ថែមដែលអ្នកលែងប្រើ អាចកាត់លុយដែលអ្នកបញ្ចូល។

# Variables: $year (text)
fact-trc-no-borrowing = និយ័តករបានបង្គាប់ឱ្យប្រតិបត្តិករបញ្ឈប់សេវា «ខ្ចីលុយ» កាលពីឆ្នាំ { $year }។ កុំពឹងលើលុយខ្ចីដើម្បីរក្សាលេខរបស់អ្នក។

# Variables: $year (text)
fact-sim-registration = ស៊ីមកាតគ្រប់សន្លឹកត្រូវចុះឈ្មោះជាមួយអត្តសញ្ញាណប័ណ្ណ ឬលិខិតឆ្លងដែន (ច្បាប់ឆ្នាំ { $year })។ ស៊ីមដែលចុះឈ្មោះដោយព័ត៌មានខុស អាចត្រូវបិទ ដូច្នេះសូមរក្សាឯកសារដែលអ្នកប្រើចុះឈ្មោះ។

# Variables: $app (text) - the app's name
fact-smart-app = កម្មវិធី { $app } របស់ Smart បង្ហាញសមតុល្យ និងអាចបញ្ចូលលុយបាន។

# Variables: $code (dialling code)
fact-smart-card-code = ដើម្បីបញ្ចូលកាតកោស Smart សូមចុច { $code }។

# Variables: $code (dialling code)
fact-smart-card-code-other-number = នរណាម្នាក់នៅកម្ពុជាដែលប្រើទូរស័ព្ទ Smart អាចបញ្ចូលកាត Smart ទៅលេខរបស់អ្នក ដោយចុច { $code }។ អ្នកអាចទិញកាត ហើយផ្ញើលេខកូដកាតទៅគាត់។

# Context: followed by a table of all amounts.
# Variables: $smallest_usd, $smallest_days, $largest_usd, $largest_days (numbers)
fact-smart-validity-per-card = នៅ Smart ចំនួនលុយកំណត់ចំនួនថ្ងៃ៖ { $smallest_usd } ដុល្លារ បានសុពលភាព { $smallest_days } ថ្ងៃ ហើយ { $largest_usd } ដុល្លារ បាន { $largest_days } ថ្ងៃ។

# Variables: $kiosk (text) - a kiosk brand; $wallet (text) - a wallet's name
fact-smart-other-channels = Smart ក៏ទទួលការបញ្ចូលលុយតាមអនឡាញ តាម ATM តាមម៉ាស៊ីន { $kiosk } និងតាម { $wallet } ដែរ។

# Variables: $code (dialling code)
fact-smart-balance-code = ដើម្បីពិនិត្យសមតុល្យ Smart សូមចុច { $code }។

# Variables: $days (number); $free_sim_days (number)
fact-smart-new-sim = ស៊ីម Smart ថ្មីដែលមិនដែលបញ្ចូលលុយ ត្រូវដកមកវិញក្រោយ { $days } ថ្ងៃ ({ $free_sim_days } ថ្ងៃ សម្រាប់ស៊ីមឥតគិតថ្លៃ)។

# Variables: $service (text) - the service's name; $code (dialling code)
fact-smart-share2talk = លុយដែលមិត្តភក្តិផ្ទេរឱ្យអ្នកតាម { $service } របស់ Smart ({ $code }) រក្សាថ្ងៃសុពលភាពរបស់អ្នកផ្ញើ៖ វាមិនពន្យារសុពលភាពរបស់អ្នកទេ។

# Variables: $outgoing_days, $incoming_days, $restore_days, $total_days (numbers)
fact-metfone-stages = Metfone៖ { $outgoing_days } ថ្ងៃ បិទការហៅចេញ បន្ទាប់មក { $incoming_days } ថ្ងៃ បិទសេវាទាំងអស់។ ក្រោយមកលេខត្រូវបិទ ប៉ុន្តែរក្សាទុក { $restore_days } ថ្ងៃ ក្នុងករណីអ្នកស្នើសុំស្តារវិញ៖ សរុប { $total_days } ថ្ងៃ។

# Variables: $site (link); $min_usd, $max_usd (numbers); $methods (text) - a list of payment methods
fact-metfone-portal = គេហទំព័របញ្ចូលលុយផ្លូវការរបស់ Metfone { $site } ទទួលពី { $min_usd } ដល់ { $max_usd } ដុល្លារ ហើយទទួល { $methods } ដូច្នេះអ្នកអាចបង់ពីក្រៅប្រទេសបានដែរ។

# Variables: $app (text)
fact-cellcard-app = Cellcard មានកម្មវិធីផ្ទាល់ខ្លួនឈ្មោះ { $app }។

# Variables: $code (dialling code); $app (text)
fact-cellcard-balance-code = ដើម្បីពិនិត្យសមតុល្យ Cellcard សូមចុច { $code } ឬ { $code2 } ឬបើក { $app }។

# Variables: $days (number)
fact-cellcard-recycling = Cellcard៖ លេខអាចត្រូវលុប ឬផ្តល់ឱ្យអ្នកផ្សេង បើមិនបញ្ចូលលុយក្នុងរយៈពេល { $days } ថ្ងៃ ក្រោយពេលលុយ និងគម្រោងអស់។

# Variables: $code (dialling code)
fact-cellcard-card-code = ដើម្បីបញ្ចូលកាតកោស Cellcard សូមចុច { $code }។

# Variables: $bank (text) - a bank's name; $wallet (text) - a wallet app's name
fact-cellcard-online = ការបញ្ចូលលុយតាមអនឡាញរបស់ Cellcard ទទួលការបង់ប្រាក់តាម { $bank } ហើយកម្មវិធី { $wallet } អាចបញ្ចូលលុយទូរស័ព្ទបាន។

# Variables: $company (text); $prefix (text) - the first digits of its numbers
fact-cootel-prefix = លេខ CooTel ចាប់ផ្តើមដោយ { $prefix }។ ក្រុមហ៊ុនប្រតិបត្តិករគឺ { $company }។

# Variables: $brand (text); $prefix (text); $wallet (text)
fact-seatel-prefix = Seatel លក់ក្រោមម៉ាក «{ $brand }» ហើយលេខរបស់វាចាប់ផ្តើមដោយ { $prefix }។ កាបូបអេឡិចត្រូនិករបស់វាឈ្មោះ { $wallet }។

# Variables: $app (text); $menu (text) - menu names as the app shows them; $networks (text) - operator names; $checkout (text)
fact-aba-mobile = ក្នុងកម្មវិធី { $app } របស់ធនាគារ ABA សូមបើក { $menu } ហើយជ្រើសក្រុមហ៊ុនទូរស័ព្ទរបស់អ្នក ({ $networks })។ អ្នកត្រូវមានគណនី ABA។ អ្នកធ្វើដំណើររាយការណ៍ថា វាប្រើបានពីក្រៅប្រទេស។ { $checkout } គឺជាជម្រើសបង់ប្រាក់ពេលទូទាត់តាមអនឡាញ មិនមែនជាកម្មវិធីទេ។

# Variables: $app (text)
fact-pipay-top-up = { $app } ផ្តល់សេវាបញ្ចូលលុយទូរស័ព្ទ៖ សូមពិនិត្យក្នុងកម្មវិធីថាគាំទ្រប្រតិបត្តិករណាខ្លះ។

# Variables: $brand (text)
fact-paygo-kiosk = នៅម៉ាស៊ីន { $brand } អ្នកវាយលេខទូរស័ព្ទ ហើយបង់ប្រាក់។ អ្នកមិនចាំបាច់ដាក់ស៊ីមកាតទេ។

# Variables: $brand (text)
fact-truemoney-agents = ភ្នាក់ងារ { $brand } លក់ការបញ្ចូលលុយទូរស័ព្ទនៅបញ្ជរ។

fact-metfone-ways = លុយ Metfone អាចទិញបានដោយកាតកោស, { $anypay }, { $wing } ឬ { $emoney }។

fact-metfone-restore = Metfone៖ ក្នុងរយៈពេល { $days } ថ្ងៃចុងក្រោយនៃ 180 ថ្ងៃ អ្នកអាចស្នើសុំ Metfone ឱ្យស្តារលេខដែលត្រូវបិទវិញ។

fact-cellcard-reactivate = លក្ខខណ្ឌរបស់ Cellcard ចែងថា លេខត្រូវផ្អាក ប៉ុន្តែរក្សាទុក { $days } ថ្ងៃ ដើម្បីឱ្យម្ចាស់លេខអាចបើកវាឡើងវិញ។

fact-mpay-hotline = កាបូបអេឡិចត្រូនិក { $wallet } របស់ Seatel មានលេខទូរស័ព្ទសេវាអតិថិជន { $hotline }។ នេះជាលេខរបស់កាបូបអេឡិចត្រូនិក មិនមែនលេខសេវាអតិថិជនសម្រាប់ស៊ីមកាតទេ។

fact-smart-validity-online = តាមអនឡាញ តាមម៉ាស៊ីន PayGo និងតាម ATM Smart ផ្តល់ { $days_1 } ថ្ងៃ សម្រាប់ { $from_1 } ដល់ { $to_1 } ដុល្លារ, { $days_2 } ថ្ងៃ សម្រាប់ { $from_2 } ដល់ { $to_2 } ដុល្លារ និង { $days_3 } ថ្ងៃ សម្រាប់ { $from_3 } ដល់ { $to_3 } ដុល្លារ។ ចំនួនលុយកាន់តែច្រើន ចំនួនថ្ងៃកាន់តែច្រើន។ កាតជាប្រាក់រៀល៖ { $riel_1 } រៀល បាន { $riel_days_1 } ថ្ងៃ ហើយ { $riel_2 } រៀល បាន { $riel_days_2 } ថ្ងៃ។

fact-trc-roaming = និយ័តករទូរគមនាគមន៍កម្ពុជា (TRC) តម្រូវឱ្យក្រុមហ៊ុនទូរស័ព្ទផ្ញើសេចក្តីជូនដំណឹង និងតម្លៃសេវារ៉ូមីងមកអ្នក។ លេខកូដមកដល់អ្នកនៅក្រៅប្រទេស លុះត្រាតែសេវារ៉ូមីងដំណើរការសម្រាប់ស៊ីមកាតរបស់អ្នក។ សូមសួរក្រុមហ៊ុនទូរស័ព្ទរបស់អ្នកមុនពេលចេញដំណើរ។
