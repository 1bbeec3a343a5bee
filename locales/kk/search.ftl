## Іздеу
search-prompt =
    🔎 <b>Іздеу</b>
    Не іздеп жүргеніңізді жазыңыз — кәсіп, курс, жәрмеңке немесе колледж мамандығы. Мысалы: «дәнекерлеуші», «сварщик», «welder», «аспаз».
search-too-short = ✏️ Кемінде екі әріптен тұратын бір сөз жазыңыз — мысалы, «дәнекерлеуші», «сварщик» немесе «welder».
search-results-title = 🔎 «{ $query }» сұрауы бойынша нәтижелер
search-scope-region = 📍 Өңір: { $region }
search-scope-all = 🌍 Барлық өңірлер
search-section-vacancies = 💼 <b>Бос жұмыс орындары</b> — { $count }
search-section-events = 📅 <b>Жәрмеңкелер мен іс-шаралар</b> — { $count }
search-section-courses = 🛠 <b>Курстар</b> — { $count }
search-section-specialties = 🎓 <b>Колледж мамандықтары</b> — { $count }
search-count-partial = { $total } ішінен { $shown }
search-course-starts = басталуы: { $date }
search-course-free = тегін
search-course-paid = ақылы
search-more-colleges = … тағы { $count } колледж
search-all-colleges = 🎓 { $specialty } — барлық колледждер ({ $count })
search-nothing-found = 🤷 «{ $query }» бойынша ештеңе табылмады. Басқа немесе қысқарақ сөз жазып көріңіз (мысалы, «дәнекерлеушілер» орнына «дәнекер») не төмендегі бөлімдердің бірін ашыңыз.
search-all-regions = 🌍 Барлық өңірлерден іздеу
search-my-region = 📍 Тек менің өңірім
search-query-lost = Соңғы сұрауыңыз сақталмапты — оны қайта жазыңызшы.
