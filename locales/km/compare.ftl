# The comparison page: /en/compare/.

compare-page-title = ប្រៀបធៀបក្រុមហ៊ុនទូរស័ព្ទ
compare-page-description = ប្រៀបធៀប Smart · Metfone · Cellcard · CooTel និង Seatel៖ កូដពិនិត្យសមតុល្យ កូដបញ្ចូលលុយពីកាតកោស កម្មវិធី វិធីបញ្ចូលលុយតាមអនឡាញ និងពេលដែលលេខអាចបាត់ ក្រោយផុតសុពលភាព។
compare-heading = ប្រៀបធៀបក្រុមហ៊ុនទូរស័ព្ទ
compare-intro = តារាងនេះប្រៀបធៀបក្រុមហ៊ុនទូរស័ព្ទទាំង 5។ ព័ត៌មាននីមួយៗក្នុងតារាងមានភ្ជាប់ប្រភព។ ចំណុចណាដែលសរសេរថា «មិនទាន់មានព័ត៌មាន» សូមសួរក្រុមហ៊ុនទូរស័ព្ទផ្ទាល់ តាមការណែនាំក្បែរឈ្មោះក្រុមហ៊ុននីមួយៗ។
compare-caption = ព័ត៌មានអំពីលេខបង់ប្រាក់មុន តាមក្រុមហ៊ុនទូរស័ព្ទនីមួយៗ

compare-column-operator = ក្រុមហ៊ុនទូរស័ព្ទ
compare-column-balance = ពិនិត្យសមតុល្យ
compare-column-card = បញ្ចូលលុយពីកាតកោស
compare-column-app = កម្មវិធីផ្លូវការ
compare-column-online = បញ្ចូលលុយតាមអនឡាញ
compare-column-days = ពេលអាចបាត់លេខ (គិតពីថ្ងៃផុតសុពលភាព)

# Context: a confirmed cell: a code, a name or a link.
# Variables: $value (text, code or link)
compare-cell = { $value }
compare-two-codes = { $code } ឬ { $code2 }
compare-validity-range = { $smallest_usd } ដុល្លារ៖ { $smallest_days } ថ្ងៃ … { $largest_usd } ដុល្លារ៖ { $largest_days } ថ្ងៃ
compare-column-validity = ចំនួនថ្ងៃសុពលភាព តាមចំនួនលុយដែលបញ្ចូល
# Variables: $operator (text); $website (link); $hotline (text)
compare-not-confirmed-website-hotline = សូមសួរព័ត៌មានបន្ថែមតាមគេហទំព័រ { $operator } ({ $website }) ឬហៅទៅផ្នែកសេវាអតិថិជនតាមលេខ { $hotline }។
# Variables: $operator (text); $website (link)
compare-not-confirmed-website = សូមសួរព័ត៌មានបន្ថែមតាមគេហទំព័រ { $operator } ({ $website })។
# Variables: $operator (text); $hotline (text)
compare-not-confirmed-hotline = សូមហៅទៅផ្នែកសេវាអតិថិជន { $operator } តាមលេខ { $hotline }។
# Variables: $operator (text)
compare-not-confirmed-store = សូមសួរព័ត៌មានបន្ថែមនៅសាខា { $operator }។

# Variables: $from (number); $until (number)
compare-days-resale = ក្រុមហ៊ុនអាចដកលេខមកវិញ ហើយផ្ដល់ឱ្យអ្នកផ្សេង ចន្លោះថ្ងៃទី { $from } ដល់ថ្ងៃទី { $until }។
# Variables: $from (number); $until (number)
compare-days-restore = ក្រុមហ៊ុនបិទលេខចាប់ពីថ្ងៃទី { $from } ហើយអ្នកអាចសុំបើកលេខវិញបានរហូតដល់ថ្ងៃទី { $until }។
# Variables: $from (number)
compare-days-deleted = ក្រុមហ៊ុនអាចដកលេខមកវិញ ចាប់ពីថ្ងៃទី { $from }។

compare-column-hotline = លេខទូរស័ព្ទសេវាអតិថិជន

compare-unknown = មិនទាន់មានព័ត៌មាន

# Context: between a company's name and the note under it (whom to ask).
compare-ask-lead = {"៖ "}
