# The reminder page: /en/reminder/ and its answers (/en/reminder/?operator=…&ends=…).

reminder-page-title = ថ្ងៃសំខាន់ៗរបស់លេខអ្នក និងការរំលឹកក្នុងប្រតិទិន
reminder-page-description = សូមជ្រើសក្រុមហ៊ុនទូរស័ព្ទ ហើយវាយថ្ងៃផុតសុពលភាព ដើម្បីដឹងថាពេលណាអ្នកនឹងលែងហៅចេញបាន, លែងទទួលសារ និងអាចបាត់លេខ ព្រមទាំងកំណត់ការរំលឹកក្នុងប្រតិទិន។
reminder-heading = តើលេខរបស់អ្នកនឹងជាប់ផ្អាក ឬអាចបាត់នៅពេលណា?
reminder-intro = សូមជ្រើសក្រុមហ៊ុនទូរស័ព្ទរបស់អ្នក ហើយវាយថ្ងៃផុតសុពលភាព។ យើងនឹងបង្ហាញថ្ងៃសំខាន់ៗទាំងអស់ ហើយអ្នកអាចទាញយកឯកសារប្រតិទិន ដើម្បីកំណត់ការរំលឹក។

reminder-form-operator = ក្រុមហ៊ុនទូរស័ព្ទរបស់អ្នក
# Context: the first, empty choice of the operator list.
reminder-form-choose = ជ្រើសរើស…
reminder-form-ends = ថ្ងៃផុតសុពលភាព
reminder-form-ends-hint = អ្នកអាចមើលថ្ងៃផុតសុពលភាពបាន ពេលពិនិត្យសមតុល្យ ឬក្នុងកម្មវិធីរបស់ក្រុមហ៊ុនទូរស័ព្ទ។ លេខនៅមានសុពលភាពរហូតដល់ចប់ថ្ងៃនោះ។
reminder-form-submit = បង្ហាញថ្ងៃសំខាន់ៗ

reminder-error-heading = សូមពិនិត្យព័ត៌មានដែលអ្នកបានវាយម្តងទៀត
reminder-error-missing-operator = សូមជ្រើសក្រុមហ៊ុនទូរស័ព្ទរបស់អ្នក។
reminder-error-unknown-operator = សូមជ្រើសក្រុមហ៊ុនទូរស័ព្ទរបស់អ្នកពីក្នុងបញ្ជី។
reminder-error-missing-date = សូមវាយថ្ងៃផុតសុពលភាព។
reminder-error-bad-date = មិនមានកាលបរិច្ឆេទនេះទេ។ សូមវាយជាឆ្នាំ ខែ ថ្ងៃ ឧទាហរណ៍ 2027-01-31។
reminder-error-date-too-far = កាលបរិច្ឆេទនេះកន្លងផុតលើសពី 1 ឆ្នាំហើយ ឬនៅឆ្ងាយជាង 2 ឆ្នាំទៅមុខ។ សូមពិនិត្យឆ្នាំម្តងទៀត។
reminder-error-repeated-field = អាសយដ្ឋាននេះមានក្រុមហ៊ុនទូរស័ព្ទ ឬថ្ងៃផុតសុពលភាពច្រើនជាងមួយដង។ សូមបំពេញទម្រង់ម្តងទៀត។

# Variables: $operator (text)
reminder-answer-heading = ថ្ងៃសំខាន់ៗរបស់លេខអ្នក ({ $operator })
# Context: the stages of the answer. $from and $until are dates written with date-long.
# Variables: $from (text); $operator (text)
reminder-stage-ends = { $from }៖ ថ្ងៃផុតសុពលភាព។ សូមបញ្ចូលលុយឱ្យបានមុនចប់ថ្ងៃនោះ។
# Variables: $from (text); $until (text)
reminder-stage-outgoing = { $dates }៖ អ្នកមិនអាចហៅចេញ ផ្ញើសារ ឬប្រើអ៊ីនធឺណិតបានទេ។ ប៉ុន្តែអ្នកនៅតែអាចទទួលការហៅចូល និងសារបាន រួមទាំងលេខកូដផ្ទៀងផ្ទាត់ផង។
# Variables: $from (text); $until (text)
reminder-stage-incoming = { $dates }៖ អ្នកលែងទទួលបានការហៅចូល និងសារទៀតហើយ។ លេខកូដផ្ទៀងផ្ទាត់ក៏លែងមកដល់ដែរ។
# Variables: $from (text); $until (text)
reminder-stage-resale = { $dates }៖ ក្រុមហ៊ុនអាចដកលេខមកវិញ ហើយផ្តល់ឱ្យអ្នកផ្សេង នៅពេលណាក៏បាន។
# Variables: $from (text); $until (text); $operator (text)
reminder-stage-restore = { $dates }៖ ក្រុមហ៊ុនបិទលេខហើយ ប៉ុន្តែអ្នកនៅអាចស្នើសុំ { $operator } ឱ្យស្តារលេខវិញបាន។
# Variables: $from (text)
reminder-stage-deleted = ចាប់ពី{ $from }៖ ក្រុមហ៊ុនអាចដកលេខមកវិញ ហើយអាចផ្តល់ឱ្យអ្នកផ្សេង។

reminder-calendar-heading = កំណត់ការរំលឹកក្នុងប្រតិទិនរបស់អ្នក
reminder-calendar-text = សូមទាញយក រួចបើកឯកសារខាងក្រោម។ ថ្ងៃផុតសុពលភាពនឹងចូលក្នុងប្រតិទិនរបស់អ្នក ហើយប្រតិទិននឹងរំលឹកអ្នកមុន 7 ថ្ងៃ និង 1 ថ្ងៃ។ កម្មវិធីប្រតិទិនភាគច្រើនលើទូរស័ព្ទ និងកុំព្យូទ័រអាចបើកឯកសារនេះបាន។
reminder-calendar-link = ទាញយកឯកសារប្រតិទិន (.ics)

# Context: texts inside the calendar file.
# Variables: $operator (text); $date (text)
reminder-ics-summary = បញ្ចូលលុយទៅលេខ { $operator } របស់អ្នក
# Variables: $operator (text); $date (text)
reminder-ics-description = លេខ { $operator } របស់អ្នកផុតសុពលភាពនៅ{ $date }។ សូមបញ្ចូលលុយឱ្យបានមុនចប់ថ្ងៃនោះ ព្រោះចាប់ពីថ្ងៃបន្ទាប់ អ្នកនឹងមិនអាចហៅចេញ ផ្ញើសារ ឬប្រើអ៊ីនធឺណិតពីលេខនេះបានទេ។
# Variables: $code (text) - a dialling code
reminder-ics-card-code = បើប្រើកាតកោស សូមចុច { $code }។
reminder-ics-channels = វិធីបញ្ចូលលុយ៖
# Variables: $operator (text); $days (number)
reminder-ics-alert = លេខ { $operator } របស់អ្នកនឹងផុតសុពលភាព{ $days ->
        [1] ថ្ងៃស្អែក
       *[other] {" "}{ $days } ថ្ងៃទៀត
    }។ សូមបញ្ចូលលុយឥឡូវនេះ។

reminder-ics-unconfirmed = {" "}កូដនេះមិនទាន់មានប្រភពផ្លូវការបញ្ជាក់ទេ។

reminder-ics-channel-line = { $title }៖ { $url }
