## Bulk import (CSV) for staff and admins
import-help =
    <b>📥 Bulk import</b>
    Send me a CSV file: UTF-8, columns separated by commas or semicolons, the first row holds the column names. Name the kind in the caption (events, vacancies, courses or colleges) — or I recognise it by the columns.
    I check every row first. If anything is wrong, you get the list of problems and nothing is imported. If all is well, you see what will change and confirm.
    Rows are matched by their ids: importing the same file again updates the rows and never duplicates them. Staff import rows of their own regions only.
    Up to { $maxMb } MB and { $maxRows } rows per file.
import-help-columns = <b>{ $kind }</b>: { $columns }
import-help-legend = * required. Dates: 2026-12-25 10:00 or 25.12.2026 10:00, Astana time. Yes/no: yes/no, да/нет, иә/жоқ, 1/0. Text in several languages: columns _kk, _ru, _en — at least one of them.
import-help-samples = Sample files (open in Excel, replace the rows, save as «CSV UTF-8»):
import-sample-button = 📄 { $kind }
import-sample-caption = Sample file: { $kind }. Ids in the first column stay stable: a second import of the same id updates the row.
import-kind-events = Events
import-kind-vacancies = Vacancies
import-kind-courses = Courses
import-kind-colleges = Colleges
import-choose-kind = What does <b>{ $file }</b> contain?
import-not-csv = I can only import CSV files. Save the spreadsheet as «CSV UTF-8 (comma delimited)» and send it again.
import-too-big = The file is larger than { $maxMb } MB. Split it into several files and send them one by one.
import-download-failed = I could not download the file from Telegram. Please send it again.
import-invalid =
    { $count ->
        [one] ❌ <b>{ $file }</b>: one problem — nothing was imported.
       *[other] ❌ <b>{ $file }</b>: { $count } problems — nothing was imported.
    }
import-invalid-more = …and { $count } more: the full list is in the file below.
import-invalid-fix = Fix the file and send it again.
import-errors-caption = All problems in { $file }
import-preview =
    ✅ <b>{ $file }</b> is valid: { $rows } rows ({ $kind }).
    After the import:
import-preview-question = Import it?
import-confirm = ✅ Import
import-cancel = ✖️ Cancel
import-cancelled = Import cancelled — nothing was changed.
import-done = ✅ Imported: { $rows } rows.
import-dry-run-ok = ✅ The file is valid ({ $rows } rows). Dry run: nothing was written.
import-stale = This preview is out of date — nothing was imported. Send the file again.
import-count-line = { $entity }: { $created } new, { $updated } updated, { $unchanged } unchanged
import-entity-events = Events
import-entity-vacancies = Vacancies
import-entity-employers = Employers
import-entity-courses = Courses
import-entity-providers = Course providers
import-entity-colleges = Colleges
import-entity-specialties = Specialties
import-entity-qualifications = Qualifications
import-entity-offers = College specialties
import-issue-file = File: { $reason }
import-issue-row = Row { $row }: { $reason }
import-issue-cell = Row { $row }, { $column }: { $reason }
import-csv-row = Row
import-csv-column = Column
import-csv-reason = Problem

## Problems found in a file (import-error-<code>)
import-error-file-too-big = the file is larger than { $maxMb } MB
import-error-too-many-rows = more than { $max } rows; split the file
import-error-not-csv = this is not a CSV file (a spreadsheet must be saved as «CSV UTF-8»)
import-error-bad-encoding = the file is not in UTF-8; save it as «CSV UTF-8»
import-error-empty-file = the file is empty
import-error-bad-csv = the CSV cannot be read ({ $reason }); check the quotes
import-error-no-rows = there are no rows under the header
import-error-unknown-column = unknown column; the columns are: { $columns }
import-error-duplicate-column = the column appears twice
import-error-missing-column = this required column is missing
import-error-extra-cells = more cells than the { $count } columns of the header
import-error-required = required
import-error-too-long = at most { $max } characters
import-error-too-big = at most { $max }
import-error-too-small = at least { $min }
import-error-not-allowed = expected one of: { $allowed }
import-error-bad-value = invalid value
import-error-bad-integer = expected a whole number
import-error-bad-number = expected a number such as 43.2973
import-error-bad-bool = expected yes or no
import-error-bad-date = expected a date such as 2026-12-25 10:00 or 25.12.2026 10:00
import-error-bad-phone = not a valid phone number
import-error-bad-email = not a valid e-mail address
import-error-bad-url = not a valid website address
import-error-bad-telegram = expected a Telegram username such as @name
import-error-bad-id = ids use Latin letters, digits and _ . : - (up to 80)
import-error-bad-specialty-code = expected the 8-digit classifier code, e.g. 07150300
import-error-bad-qualifications = expected «CODE name kk / name ru / name en», items separated by |
import-error-bad-languages = expected languages kk, ru, en separated by commas
import-error-unknown-region = unknown region «{ $region }»
import-error-out-of-scope = region { $region } is outside your regions
import-error-duplicate-id = the same id as row { $first }
import-error-duplicate-offer = this college, specialty and base education are already in row { $first }
import-error-conflict = differs from the same id in row { $first }
import-error-no-language = fill at least one of { $columns }
import-error-ends-before-start = ends before it starts
import-error-expires-before-posted = expires before it is posted
import-error-deadline-after-start = the registration deadline is after the start
import-error-salary-range = the maximum salary is below the minimum
import-error-age-range = the maximum age is below the minimum
import-error-coords-pair = give both latitude and longitude, or neither
import-error-unknown-employer = employer «{ $id }» is neither in this file nor stored; fill employer_name
import-error-unknown-event = event «{ $id }» is not stored; import the events first
import-error-unknown-provider = provider «{ $id }» is neither in this file nor stored; fill provider_name_*
import-error-unknown-specialty = specialty { $code } is not stored; fill specialty_name_* and specialty_sector
import-error-qualification-taken = qualification { $code } already belongs to another specialty
