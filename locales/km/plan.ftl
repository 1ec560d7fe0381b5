# The plan: /km/plan/ and its answers, and the slip for someone in Cambodia (/km/plan/slip/?…).

plan-page-title = ស្ថានភាពលេខរបស់អ្នកថ្ងៃនេះ និងផែនការរក្សាលេខ
plan-page-description = សូមជ្រើសក្រុមហ៊ុនទូរស័ព្ទ ហើយវាយថ្ងៃផុតសុពលភាព ដើម្បីដឹងថាលេខរបស់អ្នកស្ថិតក្នុងដំណាក់កាលណាថ្ងៃនេះ អ្វីដែលត្រូវធ្វើឥឡូវនេះពីកន្លែងដែលអ្នកនៅ និងតម្លៃរក្សាលេខពេលអ្នកនៅក្រៅប្រទេស។
plan-heading = ស្ថានភាពលេខរបស់អ្នកថ្ងៃនេះ និងផែនការរក្សាលេខ
plan-intro = សូមជ្រើសក្រុមហ៊ុនទូរស័ព្ទរបស់អ្នក ហើយវាយថ្ងៃផុតសុពលភាព។ យើងនឹងប្រាប់អ្នកថា ថ្ងៃនេះលេខរបស់អ្នកស្ថិតក្នុងដំណាក់កាលណា ហើយអ្នកគួរធ្វើអ្វីខ្លះ។ បើអ្នកនៅក្រៅប្រទេស យើងនឹងគណនាថា ត្រូវបញ្ចូលលុយប៉ុន្មាន និងនៅពេលណា ដើម្បីរក្សាលេខរហូតដល់ថ្ងៃដែលអ្នកគ្រោងនឹងត្រឡប់មកវិញ។

plan-form-operator = ក្រុមហ៊ុនទូរស័ព្ទរបស់អ្នក
# Context: the first, empty choice of the company list.
plan-form-choose = ជ្រើសរើស…
plan-form-ends = ថ្ងៃផុតសុពលភាព
plan-form-ends-hint = អ្នកអាចរកថ្ងៃផុតសុពលភាពបាន ក្នុងសាររបស់ក្រុមហ៊ុន ក្នុងលទ្ធផលពេលពិនិត្យសមតុល្យ ឬក្នុងកម្មវិធីរបស់ក្រុមហ៊ុន។ លេខនៅមានសុពលភាពរហូតដល់ចប់ថ្ងៃនោះ។
plan-form-away = ថ្ងៃត្រឡប់មកកម្ពុជាវិញ (ស្រេចចិត្ត)
plan-form-away-hint = បើអ្នកនៅក្រៅប្រទេស សូមវាយថ្ងៃដែលអ្នកនឹងត្រឡប់មកវិញ។
plan-form-where = តើអ្នកនៅឯណាឥឡូវនេះ?
# Context: a choice of "Where are you now?" that shows the ways for both places.
plan-where-both = មិនប្រាកដ៖ បង្ហាញទាំងពីរ
plan-where-cambodia = នៅកម្ពុជា
plan-where-abroad = នៅក្រៅប្រទេស
plan-form-submit = បង្ហាញផែនការ
# Context: the summary that unfolds the form on an answer page.
plan-change = កែព័ត៌មាន

plan-error-heading = សូមពិនិត្យព័ត៌មានដែលអ្នកបានវាយម្ដងទៀត
plan-error-missing-operator = សូមជ្រើសក្រុមហ៊ុនទូរស័ព្ទរបស់អ្នក។
plan-error-unknown-operator = សូមជ្រើសក្រុមហ៊ុនទូរស័ព្ទរបស់អ្នកពីក្នុងបញ្ជី។
plan-error-missing-date = សូមវាយថ្ងៃផុតសុពលភាព។
plan-error-bad-date = កាលបរិច្ឆេទនេះមិនត្រឹមត្រូវ។ សូមវាយជាឆ្នាំ ខែ ថ្ងៃ ឧទាហរណ៍៖ 2027-01-31។
plan-error-date-too-far = កាលបរិច្ឆេទនេះកន្លងផុតលើសពី 1 ឆ្នាំហើយ ឬនៅឆ្ងាយជាង 2 ឆ្នាំទៅមុខ។ សូមពិនិត្យឆ្នាំម្ដងទៀត។
plan-error-bad-return-date = ថ្ងៃត្រឡប់មកវិញនេះមិនត្រឹមត្រូវ។ សូមវាយជាឆ្នាំ ខែ ថ្ងៃ ឧទាហរណ៍៖ 2027-06-30។
plan-error-return-date-out-of-range = ថ្ងៃត្រឡប់មកវិញត្រូវតែនៅក្រោយថ្ងៃនេះ និងមិនលើសពី 3 ឆ្នាំទៅមុខ។
plan-error-unknown-place = សូមជ្រើសកន្លែងដែលអ្នកនៅពីក្នុងបញ្ជី។
plan-error-repeated-field = អាសយដ្ឋាននេះមានព័ត៌មានដដែលច្រើនជាងមួយដង។ សូមបំពេញទម្រង់ម្ដងទៀត។

# Context: the heading of the number's timeline on an answer.
# Variables: $operator (text)
plan-answer-heading = ថ្ងៃសំខាន់ៗសម្រាប់លេខ { $operator } របស់អ្នក

# Context: "Today", the first part of an answer. $date is today in Cambodia, written with date-long.
# Variables: $date (text)
plan-today-heading = ថ្ងៃនេះ៖ { $date }
# Variables: $days (number); $ends (text) - a date
plan-today-left = លេខរបស់អ្នកនៅមានសុពលភាព { $days } ថ្ងៃទៀត។ លេខនេះផុតសុពលភាពនៅ{ $ends }។ សូមបញ្ចូលលុយឱ្យបានមុនចប់ថ្ងៃនោះ។
plan-today-last-day = ថ្ងៃនេះជាថ្ងៃផុតសុពលភាព។ សូមបញ្ចូលលុយឱ្យបានមុនចប់ថ្ងៃនេះ។
# Variables: $day (number) - days since the last valid day
plan-today-day = ថ្ងៃនេះជាថ្ងៃទី { $day } ក្រោយថ្ងៃផុតសុពលភាព។
# Variables: $last_date (text) - a date; $last (number) - its day number
plan-today-codes-until = អ្នកនៅតែអាចទទួលការហៅចូល និងសារបាន រួមទាំងលេខកូដផ្ទៀងផ្ទាត់ផង រហូតដល់{ $last_date } (ថ្ងៃទី { $last }) បើស៊ីមកាតរបស់អ្នកអាចទទួលសារបាននៅប្រទេសដែលអ្នកស្នាក់នៅ។
plan-today-codes-stopped = ឥឡូវនេះ លេខរបស់អ្នកមិនអាចទទួលការហៅចូល សារ ឬលេខកូដផ្ទៀងផ្ទាត់បានទៀតទេ។
plan-today-top-up = សូមបញ្ចូលលុយឥឡូវនេះ តាមវិធីណាមួយខាងក្រោម។
# Context: $ask is plan-ask-… (whom to contact).
# Variables: $ask (text)
plan-today-resale = សូមបញ្ចូលលុយឥឡូវនេះ ហើយសួរថាលេខនៅជារបស់អ្នកឬទេ។ { $ask }
# Variables: $operator (text); $ask (text)
plan-today-restore = សូមសុំឱ្យ { $operator } បើកលេខវិញ ហើយត្រៀមអត្តសញ្ញាណប័ណ្ណ ឬលិខិតឆ្លងដែនដែលបានប្រើចុះឈ្មោះស៊ីមកាត។ { $ask }
# Variables: $ask (text)
plan-today-deleted = សូមសួរភ្លាមថាលេខនៅជារបស់អ្នកឬទេ ហើយត្រៀមអត្តសញ្ញាណប័ណ្ណ ឬលិខិតឆ្លងដែនដែលបានប្រើចុះឈ្មោះស៊ីមកាត។ { $ask }
# Context: only when no stage follows this one.
# Variables: $stage_end (text) - a date
plan-today-stage-ends = ថ្ងៃចុងក្រោយនៃដំណាក់កាលនេះ៖ { $stage_end }។
# Context: after what to do now: what the next stage brings, from its first day.
# $date is that first day; $until is the stage's last day (or "none" when it has no end).
# Variables: $date (text); $until (text); $operator (text)
plan-next-outgoing = ចាប់ពី{ $date } អ្នកលែងហៅចេញ ផ្ញើសារ ឬប្រើអ៊ីនធឺណិតបានទៀតហើយ។ ប៉ុន្តែអ្នកនៅតែទទួលការហៅចូល សារ និងលេខកូដផ្ទៀងផ្ទាត់បាន។
# Variables: $date (text); $until (text); $operator (text)
plan-next-incoming = ចាប់ពី{ $date } អ្នកលែងទទួលបានការហៅចូល និងសារទៀតហើយ។ លេខកូដផ្ទៀងផ្ទាត់ក៏លែងមកដល់ដែរ។
# Variables: $date (text); $until (text); $operator (text)
plan-next-resale = ចាប់ពី{ $date } ក្រុមហ៊ុនអាចដកលេខមកវិញ ហើយផ្ដល់ឱ្យអ្នកផ្សេង នៅពេលណាក៏បាន។
# Variables: $date (text); $until (text); $operator (text)
plan-next-restore = { $until ->
        [none] { $operator } នឹងបិទលេខនេះ ចាប់ពី{ $date }។ ប៉ុន្តែអ្នកនៅអាចសុំឱ្យ { $operator } បើកលេខវិញបាន។
       *[other] { $operator } នឹងបិទលេខនេះ ចាប់ពី{ $date }។ ប៉ុន្តែអ្នកនៅអាចសុំឱ្យ { $operator } បើកលេខវិញបាន រហូតដល់{ $until }។
    }
# Variables: $date (text); $until (text); $operator (text)
plan-next-deleted = ចាប់ពី{ $date } ក្រុមហ៊ុនអាចដកលេខមកវិញ ហើយផ្ដល់ឱ្យអ្នកផ្សេង។
# Variables: $last (number) - the last day of the last stage; $ask (text)
plan-today-past = ដំណាក់កាលដែលយើងដឹង បញ្ចប់នៅថ្ងៃទី { $last }។ ក្រុមហ៊ុនប្រហែលជាបានដកលេខមកវិញ ហើយផ្ដល់ឱ្យអ្នកផ្សេងរួចហើយ។ សូមសួរថាលេខនៅជារបស់អ្នកឬទេ។ { $ask }
# Context: the marker on the timeline's stage that holds today.
plan-today-mark = ដំណាក់កាលបច្ចុប្បន្ន
# Context: the marker on the timeline's stages that ended before today.
plan-past-mark = កន្លងផុតហើយ

# Context: whom to contact; the variant depends on what facts.toml has for the company.
# Variables: $operator (text); $website (link); $hotline (text)
plan-ask-website-hotline = សូមទាក់ទង { $operator } តាមគេហទំព័រ { $website } ឬហៅទៅផ្នែកសេវាអតិថិជនតាមលេខ { $hotline }។
# Variables: $operator (text); $website (link)
plan-ask-website = សូមទាក់ទង { $operator } តាមគេហទំព័រ { $website }។
# Variables: $operator (text); $hotline (text)
plan-ask-hotline = សូមហៅទៅផ្នែកសេវាអតិថិជនរបស់ { $operator } តាមលេខ { $hotline }។
# Variables: $operator (text)
plan-ask-store = សូមសួរនៅសាខា { $operator }។

plan-now-heading = វិធីបញ្ចូលលុយពីកន្លែងដែលអ្នកនៅ
# Context: a line of the ways in Cambodia. $code is a dialling code.
# Variables: $code (text)
plan-card-code = បើប្រើកាតកោស សូមចុច { $code }។
# Variables: $operator (text)
plan-abroad-none = យើងមិនទាន់មានព័ត៌មានអំពីការបញ្ចូលលុយទៅលេខ { $operator } ពីក្រៅប្រទេសទេ។
# Context: a link to the slip form further down the page.
plan-slip-link = ពឹងសាច់ញាតិ ឬមិត្តភក្តិនៅកម្ពុជា ជួយបញ្ចូលលុយឱ្យអ្នក

plan-away-heading = រក្សាលេខពេលអ្នកនៅក្រៅប្រទេស
# Variables: $back (text) - a date; $ends (text) - a date
plan-away-intro = អ្នកគ្រោងនឹងត្រឡប់មកវិញនៅ{ $back }។ លេខរបស់អ្នកផុតសុពលភាពនៅ{ $ends }។
# Variables: $back (text)
plan-away-enough = សុពលភាពនៅរហូតដល់អ្នកត្រឡប់មកវិញ។ មិនចាំបាច់បញ្ចូលលុយមុន{ $back }ទេ។
# Variables: $operator (text); $date (text)
plan-away-unknown = យើងមិនទាន់មានព័ត៌មានថា បញ្ចូលលុយប៉ុន្មាន បានសុពលភាពប៉ុន្មានថ្ងៃ សម្រាប់លេខ { $operator } ទេ។ សូមរៀបចំតាមថ្ងៃផុតសុពលភាព៖ បញ្ចូលលុយមុន{ $date } រួចវាយថ្ងៃផុតសុពលភាពថ្មីពីសាររបស់ { $operator } នៅទីនេះ។ សូមធ្វើដូច្នេះមុនថ្ងៃផុតសុពលភាពថ្មីនីមួយៗ រហូតដល់អ្នកត្រឡប់មកវិញ។
plan-away-fewest = បញ្ចូលលុយតិចដងជាងគេ
plan-away-cheapest = ចំណាយតិចបំផុត
# Context: the columns of a table of planned top-ups.
plan-away-col-by = បញ្ចូលលុយមុនថ្ងៃ
plan-away-col-amount = ចំនួនលុយ
plan-away-col-until = មានសុពលភាពដល់
# Variables: $amount (text)
plan-away-card = កាតកោស { $amount }
# Variables: $amount (text)
plan-away-online = { $amount } តាមអនឡាញ តាមម៉ាស៊ីន PayGo ឬតាម ATM
# Variables: $amount (text); $count (number)
plan-away-total = សរុប៖ { $amount } (បញ្ចូលលុយ { $count } ដង)
# Variables: $operator (text)
plan-away-counting = យើងគិតថ្ងៃសុពលភាពនៃការបញ្ចូលលុយនីមួយៗ ចាប់ពីថ្ងៃដែលបញ្ចូល។ បើ { $operator } បូកថ្ងៃទាំងនោះទៅលើថ្ងៃដែលនៅសល់ លេខរបស់អ្នកនឹងមានសុពលភាពយូរជាងនេះ។
# Variables: $operator (text); $amount (text)
plan-away-year = ចំណាយតិចបំផុតដើម្បីរក្សាលេខ { $operator } រយៈពេល 1 ឆ្នាំ៖ { $amount }។

plan-calendar-text = ឯកសារនេះនឹងដាក់ថ្ងៃសំខាន់ៗទៅក្នុងប្រតិទិនរបស់អ្នក (ម៉ោង 9 ព្រឹក ម៉ោងកម្ពុជា) ហើយរំលឹកអ្នកមុន 7 ថ្ងៃ និងមុន 1 ថ្ងៃ។ បើអ្នកបានវាយថ្ងៃត្រឡប់មកវិញ ឯកសារនេះនឹងដាក់ថ្ងៃបញ្ចូលលុយ តាមផែនការ «បញ្ចូលលុយតិចដងជាងគេ»។
plan-calendar-link = ទាញយកឯកសារប្រតិទិន (.ics)

# Context: texts inside the calendar file.
# Variables: $operator (text); $date (text); $amount (text)
plan-ics-top-up-summary = បញ្ចូលលុយទៅលេខ { $operator } របស់អ្នក៖ { $amount }
# Variables: $operator (text); $date (text); $amount (text)
plan-ics-top-up-description = សូមបញ្ចូលលុយ { $amount } ទៅលេខ { $operator } របស់អ្នក មុន{ $date } ដើម្បីកុំឱ្យលេខផុតសុពលភាព ពេលអ្នកនៅក្រៅប្រទេស។
# Variables: $operator (text); $date (text)
plan-ics-ends-summary = ថ្ងៃចុងក្រោយដើម្បីបញ្ចូលលុយទៅលេខ { $operator } របស់អ្នក
# Variables: $operator (text); $date (text)
plan-ics-ends-description = លេខ { $operator } របស់អ្នកផុតសុពលភាពនៅ{ $date }។ សូមបញ្ចូលលុយឱ្យបានមុនចប់ថ្ងៃនោះ ព្រោះចាប់ពីថ្ងៃបន្ទាប់ អ្នកនឹងមិនអាចហៅចេញ ផ្ញើសារ ឬប្រើអ៊ីនធឺណិតពីលេខនេះបានទេ។
# Variables: $operator (text); $date (text)
plan-ics-codes-summary = ថ្ងៃចុងក្រោយដែលលេខកូដផ្ទៀងផ្ទាត់មកដល់លេខ { $operator } របស់អ្នក
# Variables: $operator (text); $date (text)
plan-ics-codes-description = { $date } ជាថ្ងៃចុងក្រោយដែលលេខ { $operator } របស់អ្នកនៅទទួលការហៅចូល និងសារបាន រួមទាំងលេខកូដផ្ទៀងផ្ទាត់ផង។ សូមបញ្ចូលលុយមុនថ្ងៃនោះ ឬប្ដូរលេខកូដផ្ទៀងផ្ទាត់ទៅលេខដែលអ្នកនឹងប្រើតទៅទៀត។
# Variables: $operator (text); $days (number)
plan-ics-alert = លេខ { $operator } របស់អ្នក៖ { $days ->
        [1] ថ្ងៃស្អែក
       *[other] {" "}{ $days } ថ្ងៃទៀត
    }។ សូមបញ្ចូលលុយឥឡូវនេះ។
# Variables: $code (text) - a dialling code
plan-ics-card-code = បើប្រើកាតកោស សូមចុច { $code }។
plan-ics-channels = វិធីបញ្ចូលលុយ៖
# Context: after a code in the calendar file that no official source confirms.
plan-ics-unconfirmed = {" "}(តាមការរាយការណ៍)
# Context: a line of the calendar file: a way to top up and its page.
# Variables: $title (text); $url (text) - the page's address
plan-ics-channel-line = { $title }៖ { $url }

# Context: the timeline of a number, after a stage with no end: "from <date>".
# Variables: $date (text)
timeline-date-from = ចាប់ពី{ $date }

# The slip: a page to send or print for someone in Cambodia who tops up for the reader.
slip-page-title = សន្លឹកណែនាំសម្រាប់សាច់ញាតិ ឬមិត្តភក្តិនៅកម្ពុជា ដែលបញ្ចូលលុយឱ្យអ្នក
slip-page-description = ទំព័រមួយសម្រាប់ផ្ញើ ឬបោះពុម្ព៖ លេខ ក្រុមហ៊ុនទូរស័ព្ទ ចំនួនលុយ និងរបៀបបញ្ចូលលុយ។
slip-form-heading = ពឹងសាច់ញាតិ ឬមិត្តភក្តិនៅកម្ពុជា ជួយបញ្ចូលលុយឱ្យអ្នក
slip-form-intro = បង្កើតសន្លឹកណែនាំសម្រាប់សាច់ញាតិ ឬមិត្តភក្តិ។ សន្លឹកនេះមានលេខរបស់អ្នក ក្រុមហ៊ុនទូរស័ព្ទ ចំនួនលុយ និងជំហាននីមួយៗ ជាភាសារបស់ពួកគេ។ សូមផ្ញើតំណទៅពួកគេ ឬបោះពុម្ពសន្លឹកណែនាំនេះ។
slip-form-number = លេខទូរស័ព្ទរបស់អ្នក
slip-form-amount = ចំនួនលុយ (ដុល្លារ)
slip-form-for = ភាសានៃសន្លឹកណែនាំ
slip-form-submit = បង្កើតសន្លឹកណែនាំ
slip-privacy = តំណនេះមានលេខរបស់អ្នករួចហើយ ដូច្នេះអ្នកអាចផ្ញើទៅអ្នកដែលជួយអ្នកបានភ្លាម។ យើងមិនរក្សាទុកលេខនេះទេ។
# Context: on the slip itself, which the helper reads.
slip-privacy-shared = តំណរបស់ទំព័រនេះមានលេខទូរស័ព្ទរួចហើយ ដូច្នេះអ្នកអាចផ្ញើទៅអ្នកដែលជួយបានភ្លាម។ យើងមិនរក្សាទុកលេខនេះទេ។
# Context: a link from the slip back to the plan.
slip-back = ត្រឡប់ទៅផែនការរបស់អ្នក
slip-error-amount = សូមវាយចំនួនលុយពី 1 ដល់ 100 ដុល្លារ ឧទាហរណ៍៖ 5 ឬ 2.50។
slip-error-for = សូមជ្រើសភាសានៃសន្លឹកណែនាំពីក្នុងបញ្ជី។
slip-error-repeated-field = អាសយដ្ឋាននេះមានព័ត៌មានដដែលច្រើនជាងមួយដង។ សូមបំពេញទម្រង់ម្ដងទៀត។

# Context: the slip itself, read by the person who tops up (in their language).
slip-heading = សូមជួយបញ្ចូលលុយទៅលេខនេះឱ្យខ្ញុំផង
slip-number = លេខ
slip-company = ក្រុមហ៊ុនទូរស័ព្ទ
slip-amount = ចំនួនលុយ
slip-steps-heading = របៀបបញ្ចូលលុយ
# Variables: $number (text); $operator (text); $amount (text)
slip-step-kiosk = នៅម៉ាស៊ីនបង់ប្រាក់ស្វ័យសេវា (ដូចជាម៉ាស៊ីន PayGo) ដែលអាចបញ្ចូលលុយទៅលេខ { $operator } បាន៖ សូមជ្រើស { $operator } វាយលេខ { $number } ហើយបង់ { $amount }។
# Variables: $number (text); $operator (text); $amount (text)
slip-step-shop = នៅហាងលក់កាតទូរស័ព្ទ៖ សូមប្រាប់អ្នកលក់ឱ្យបញ្ចូលលុយ { $amount } ទៅលេខ { $operator } { $number } ឬទិញកាតកោស { $operator } តម្លៃ { $amount }។
# Variables: $code (text) - the code with the number filled in; $number (text); $amount (text)
slip-step-card-code = បើអ្នកទិញកាតកោស { $operator } សូមចុច { $code } ពីលេខ { $operator } របស់អ្នក។ សូមវាយលេខដែលនៅក្រោមស្រទាប់កោស ជំនួសពាក្យ «លេខកូដកាត»។ លុយនឹងចូលលេខ { $number }។
slip-receipt = បន្ទាប់មក សូមថតរូបបង្កាន់ដៃ ឬសារបញ្ជាក់ ហើយផ្ញើមកខ្ញុំផង។ អរគុណច្រើន!
slip-qr-alt = កូដ QR នៃអាសយដ្ឋានសន្លឹកណែនាំនេះ
slip-qr-caption = ស្កេនកូដ QR នេះ ដើម្បីបើកសន្លឹកណែនាំនៅលើទូរស័ព្ទ។
