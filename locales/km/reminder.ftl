# The reminder page: /en/reminder/ and its answers (/en/reminder/?operator=…&ends=…).

reminder-page-title = កាលបរិច្ឆេទសំខាន់ៗនៃលេខរបស់អ្នក និងការរំលឹកក្នុងប្រតិទិន
reminder-page-description = បញ្ចូលប្រតិបត្តិករ និងថ្ងៃផុតសុពលភាពនៃសមតុល្យរបស់អ្នក៖ មើលថាពេលណាការហៅ សារ និងលេខខ្លួនឯងមានហានិភ័យ ហើយបន្ថែមការរំលឹកទៅប្រតិទិន។
reminder-heading = តើលេខរបស់អ្នកមានហានិភ័យនៅពេលណា?
reminder-intro = បញ្ចូលប្រតិបត្តិកររបស់អ្នក និងថ្ងៃចុងក្រោយនៃសុពលភាពសមតុល្យ (ការពិនិត្យសមតុល្យបង្ហាញវា)។ អ្នកនឹងឃើញកាលបរិច្ឆេទសំខាន់ៗ និងឯកសារប្រតិទិនដែលរំលឹកអ្នកមួយសប្តាហ៍ និងមួយថ្ងៃមុន។

reminder-form-operator = ប្រតិបត្តិកររបស់អ្នក
# Context: the first, empty choice of the operator list.
reminder-form-choose = ជ្រើសរើស…
reminder-form-ends = សុពលភាពផុតនៅថ្ងៃ
reminder-form-ends-hint = ថ្ងៃចុងក្រោយដែលនៅមានសុពលភាព ដូចដែលការពិនិត្យសមតុល្យ ឬកម្មវិធីបង្ហាញ។
reminder-form-submit = បង្ហាញកាលបរិច្ឆេទរបស់ខ្ញុំ

reminder-error-heading = សូមពិនិត្យទម្រង់
reminder-error-missing-operator = សូមជ្រើសប្រតិបត្តិកររបស់អ្នក។
reminder-error-unknown-operator = សូមជ្រើសប្រតិបត្តិកររបស់អ្នកពីបញ្ជី។
reminder-error-missing-date = សូមបញ្ចូលថ្ងៃផុតសុពលភាព។
reminder-error-bad-date = កាលបរិច្ឆេទនេះមិនមានទេ។ សូមបញ្ចូលជាឆ្នាំ ខែ ថ្ងៃ ឧទាហរណ៍ 2027-01-31។
reminder-error-date-too-far = កាលបរិច្ឆេទនេះលើសពីមួយឆ្នាំមុន ឬលើសពីពីរឆ្នាំទៅមុខ។ សូមពិនិត្យឆ្នាំ។
reminder-error-repeated-field = អាសយដ្ឋានមានប្រតិបត្តិករ ឬថ្ងៃផុតសុពលភាពច្រើនជាងមួយដង។ សូមបំពេញទម្រង់ម្តងទៀត។

# Variables: $operator (text)
reminder-answer-heading = កាលបរិច្ឆេទសម្រាប់លេខ { $operator } របស់អ្នក
# Context: the stages of the answer. $from and $until are dates written with date-long.
# Variables: $from (text); $operator (text)
reminder-stage-ends = { $from }៖ ថ្ងៃចុងក្រោយនៃសុពលភាព។ សូមបញ្ចូលលុយមុនថ្ងៃនេះចប់។
# Variables: $from (text); $until (text)
reminder-stage-outgoing = { $dates }៖ អ្នកមិនអាចហៅចេញ ផ្ញើសារ ឬប្រើអ៊ីនធឺណិតបានទេ។ ការហៅ និងសារចូល រួមទាំងលេខកូដ នៅតែមកដល់។
# Variables: $from (text); $until (text)
reminder-stage-incoming = { $dates }៖ ការហៅ និងសារចូលក៏ត្រូវបិទដែរ។ លេខកូដលែងមកដល់ទៀតហើយ។
# Variables: $from (text); $until (text)
reminder-stage-resale = { $dates }៖ លេខអាចត្រូវដកមកវិញ ហើយលក់ឱ្យអ្នកផ្សេងគ្រប់ពេលក្នុងរយៈពេលនេះ។
# Variables: $from (text); $until (text); $operator (text)
reminder-stage-restore = { $dates }៖ លេខត្រូវបិទ ប៉ុន្តែអ្នកនៅតែអាចស្នើសុំ { $operator } ស្តារវាវិញ។
# Variables: $from (text)
reminder-stage-deleted = ចាប់ពី { $from }៖ លេខអាចត្រូវលុប ឬផ្តល់ឱ្យអ្នកផ្សេង។

reminder-calendar-heading = បន្ថែមការរំលឹកទៅប្រតិទិនរបស់អ្នក
reminder-calendar-text = ឯកសារនេះដាក់ថ្ងៃផុតសុពលភាពក្នុងប្រតិទិនរបស់អ្នក ជាមួយការជូនដំណឹង 7 ថ្ងៃ និង 1 ថ្ងៃមុន។ ប្រតិទិនទូរស័ព្ទ និងកុំព្យូទ័រភាគច្រើនអាចបើកវាបាន។
reminder-calendar-link = ទាញយកការរំលឹក (.ics)

# Context: texts inside the calendar file.
# Variables: $operator (text); $date (text)
reminder-ics-summary = បញ្ចូលលុយទៅលេខ { $operator } របស់អ្នក
# Variables: $operator (text); $date (text)
reminder-ics-description = សុពលភាពនៃសមតុល្យ { $operator } របស់អ្នកផុតនៅ { $date }។ សូមបញ្ចូលលុយមុនពេលនោះ ដើម្បីឱ្យលេខនៅតែទទួលលេខកូដបាន។
# Variables: $code (text) - a dialling code
reminder-ics-card-code = ជាមួយកាតកោស សូមចុច { $code }។
reminder-ics-channels = វិធីបញ្ចូលលុយ៖
# Variables: $operator (text); $days (number)
reminder-ics-alert = { $operator }៖ សុពលភាពនឹងផុតក្នុងរយៈពេល { $days } ថ្ងៃទៀត។ សូមបញ្ចូលលុយឥឡូវនេះ។

reminder-ics-unconfirmed = {" "}(មិនទាន់បញ្ជាក់ដោយប្រភពផ្លូវការ)
