# The comparison page: /en/compare/.

compare-page-title = ប្រៀបធៀបប្រតិបត្តិករ
compare-page-description = Smart Metfone Cellcard CooTel និង Seatel ដាក់ជាមួយគ្នា៖ ការពិនិត្យសមតុល្យ លេខកូដកាតកោស កម្មវិធីផ្លូវការ ការបញ្ចូលតាមអនឡាញ និងរយៈពេលមុនលេខដែលផុតសុពលភាពអាចបាត់។
compare-heading = ប្រតិបត្តិករដាក់ជាមួយគ្នា
compare-intro = អ្វីដែលយើងអាចផ្ទៀងផ្ទាត់បានសម្រាប់ប្រតិបត្តិករនីមួយៗ ជាមួយប្រភព។ កន្លែងណាសរសេរថា «មិនទាន់បញ្ជាក់» សូមសួរប្រតិបត្តិករ។
compare-caption = របៀបដែលប្រតិបត្តិករនីមួយៗគ្រប់គ្រងលេខបង់មុន

compare-column-operator = ប្រតិបត្តិករ
compare-column-balance = ពិនិត្យសមតុល្យ
compare-column-card = បញ្ចូលកាតកោស
compare-column-app = កម្មវិធីផ្លូវការ
compare-column-online = បញ្ចូលលុយតាមអនឡាញ
compare-column-days = ចំនួនថ្ងៃក្រោយផុតសុពលភាព រហូតដល់លេខអាចបាត់

# Context: a confirmed cell: a code, a name or a link.
# Variables: $value (text, code or link)
compare-cell = { $value }
compare-two-codes = { $code } ឬ { $code2 }
compare-validity-range = { $smallest_usd } ដុល្លារ៖ { $smallest_days } ថ្ងៃ … { $largest_usd } ដុល្លារ៖ { $largest_days } ថ្ងៃ
compare-column-validity = ចំនួនថ្ងៃដែលទទួលបានពីការបញ្ចូលលុយ
# Variables: $operator (text); $website (link); $hotline (text)
compare-not-confirmed-website-hotline = មិនទាន់បញ្ជាក់៖ សូមសួរ { $operator } តាម { $website } ឬហៅលេខ { $hotline }។
# Variables: $operator (text); $website (link)
compare-not-confirmed-website = មិនទាន់បញ្ជាក់៖ សូមសួរ { $operator } តាម { $website }។
# Variables: $operator (text); $hotline (text)
compare-not-confirmed-hotline = មិនទាន់បញ្ជាក់៖ សូមហៅ { $operator } តាមលេខ { $hotline }។
# Variables: $operator (text)
compare-not-confirmed-store = មិនទាន់បញ្ជាក់៖ សូមសួរនៅហាង { $operator }។

# Variables: $from (number); $until (number)
compare-days-resale = អាចត្រូវលក់បន្តនៅចន្លោះថ្ងៃទី { $from } ដល់ថ្ងៃទី { $until }។
# Variables: $from (number); $until (number)
compare-days-restore = បិទចាប់ពីថ្ងៃទី { $from }៖ អាចស្តារវិញបានរហូតដល់ថ្ងៃទី { $until }។
# Variables: $from (number)
compare-days-deleted = អាចត្រូវលុបចាប់ពីថ្ងៃទី { $from }។

compare-column-hotline = លេខទូរស័ព្ទសេវាអតិថិជន
