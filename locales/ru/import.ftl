## Массовый импорт (CSV) для сотрудников и администраторов
import-help =
    <b>📥 Массовый импорт</b>
    Пришлите мне CSV-файл: UTF-8, столбцы разделены запятыми или точками с запятой, в первой строке — названия столбцов. В подписи укажите, что в файле (events, vacancies, courses или colleges), — или я узнаю это по столбцам.
    Сначала я проверяю каждую строку. Если что-то не так, вы получите список ошибок, и ничего не будет загружено. Если всё в порядке, вы увидите, что изменится, и подтвердите.
    Строки сопоставляются по их id: повторная загрузка того же файла обновляет строки и никогда их не дублирует. Сотрудники загружают только строки своих регионов.
    До { $maxMb } МБ и { $maxRows } строк в одном файле.
import-help-columns = <b>{ $kind }</b>: { $columns }
import-help-legend = * обязательный столбец. Даты: 2026-12-25 10:00 или 25.12.2026 10:00, время Астаны. Да/нет: да/нет, иә/жоқ, yes/no, 1/0. Текст на нескольких языках: столбцы _kk, _ru, _en — хотя бы один из них.
import-help-samples = Файлы-образцы (откройте в Excel, замените строки, сохраните как «CSV UTF-8»):
import-sample-button = 📄 { $kind }
import-sample-caption = Образец файла: { $kind }. Id в первом столбце не меняйте: повторная загрузка того же id обновит строку.
import-kind-events = Мероприятия
import-kind-vacancies = Вакансии
import-kind-courses = Курсы
import-kind-colleges = Колледжи
import-choose-kind = Что содержит файл <b>{ $file }</b>?
import-not-csv = Я загружаю только CSV-файлы. Сохраните таблицу как «CSV UTF-8 (разделитель — запятая)» и пришлите снова.
import-too-big = Файл больше { $maxMb } МБ. Разделите его на несколько файлов и пришлите по одному.
import-download-failed = Не удалось скачать файл из Telegram. Пришлите его ещё раз.
import-invalid =
    { $count ->
        [one] ❌ <b>{ $file }</b>: { $count } ошибка — ничего не загружено.
        [few] ❌ <b>{ $file }</b>: { $count } ошибки — ничего не загружено.
       *[many] ❌ <b>{ $file }</b>: { $count } ошибок — ничего не загружено.
    }
import-invalid-more = …и ещё { $count }: полный список — в файле ниже.
import-invalid-fix = Исправьте файл и пришлите его снова.
import-errors-caption = Все ошибки в файле { $file }
import-preview =
    ✅ Файл <b>{ $file }</b> в порядке: строк — { $rows } ({ $kind }).
    После загрузки:
import-preview-question = Загрузить?
import-confirm = ✅ Загрузить
import-cancel = ✖️ Отмена
import-cancelled = Загрузка отменена — ничего не изменено.
import-done = ✅ Загружено строк: { $rows }.
import-dry-run-ok = ✅ Файл в порядке (строк: { $rows }). Пробный запуск: ничего не записано.
import-stale = Этот предпросмотр устарел — ничего не загружено. Пришлите файл снова.
import-count-line = { $entity }: новых — { $created }, обновлено — { $updated }, без изменений — { $unchanged }
import-entity-events = Мероприятия
import-entity-vacancies = Вакансии
import-entity-employers = Работодатели
import-entity-courses = Курсы
import-entity-providers = Организаторы курсов
import-entity-colleges = Колледжи
import-entity-specialties = Специальности
import-entity-qualifications = Квалификации
import-entity-offers = Специальности колледжей
import-issue-file = Файл: { $reason }
import-issue-row = Строка { $row }: { $reason }
import-issue-cell = Строка { $row }, { $column }: { $reason }
import-csv-row = Строка
import-csv-column = Столбец
import-csv-reason = Ошибка

## Ошибки в файле (import-error-<code>)
import-error-file-too-big = файл больше { $maxMb } МБ
import-error-too-many-rows = больше { $max } строк; разделите файл
import-error-not-csv = это не CSV-файл (таблицу нужно сохранить как «CSV UTF-8»)
import-error-bad-encoding = файл не в кодировке UTF-8; сохраните его как «CSV UTF-8»
import-error-empty-file = файл пустой
import-error-bad-csv = CSV не читается ({ $reason }); проверьте кавычки
import-error-no-rows = под заголовком нет строк
import-error-unknown-column = неизвестный столбец; допустимые столбцы: { $columns }
import-error-duplicate-column = столбец повторяется
import-error-missing-column = нет обязательного столбца
import-error-extra-cells = ячеек больше, чем { $count } столбцов заголовка
import-error-required = обязательное поле
import-error-too-long = не более { $max } символов
import-error-too-big = не более { $max }
import-error-too-small = не менее { $min }
import-error-not-allowed = допустимые значения: { $allowed }
import-error-bad-value = недопустимое значение
import-error-bad-integer = нужно целое число
import-error-bad-number = нужно число, например 43.2973
import-error-bad-bool = нужно «да» или «нет»
import-error-bad-date = нужна дата вида 2026-12-25 10:00 или 25.12.2026 10:00
import-error-bad-phone = неверный номер телефона
import-error-bad-email = неверный адрес электронной почты
import-error-bad-url = неверный адрес сайта
import-error-bad-telegram = нужно имя пользователя Telegram, например @name
import-error-bad-id = id состоит из латинских букв, цифр и _ . : - (до 80 символов)
import-error-bad-specialty-code = нужен 8-значный код классификатора, например 07150300
import-error-bad-qualifications = нужен формат «КОД название kk / название ru / название en», элементы через |
import-error-bad-languages = нужны языки kk, ru, en через запятую
import-error-unknown-region = неизвестный регион «{ $region }»
import-error-out-of-scope = регион { $region } не входит в ваши регионы
import-error-duplicate-id = тот же id, что в строке { $first }
import-error-duplicate-offer = этот колледж, специальность и база образования уже есть в строке { $first }
import-error-conflict = отличается от того же id в строке { $first }
import-error-no-language = заполните хотя бы одно из: { $columns }
import-error-ends-before-start = заканчивается раньше, чем начинается
import-error-expires-before-posted = истекает раньше даты публикации
import-error-deadline-after-start = приём заявок заканчивается после начала курса
import-error-salary-range = максимальная зарплата меньше минимальной
import-error-age-range = максимальный возраст меньше минимального
import-error-coords-pair = укажите и широту, и долготу или ни одну из них
import-error-unknown-employer = работодателя «{ $id }» нет ни в файле, ни в базе; заполните employer_name
import-error-unknown-event = мероприятия «{ $id }» нет в базе; сначала загрузите мероприятия
import-error-unknown-provider = организатора «{ $id }» нет ни в файле, ни в базе; заполните provider_name_*
import-error-unknown-specialty = специальности { $code } нет в базе; заполните specialty_name_* и specialty_sector
import-error-qualification-taken = квалификация { $code } уже относится к другой специальности
