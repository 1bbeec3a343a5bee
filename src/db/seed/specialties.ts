// Specialties shared by the colleges of all regions, coded like the national classifier of
// TVET specialties (8 digits) with their qualifications: "3W…" working qualifications,
// "4S…" mid-level specialists (technicians), "5AB…" applied bachelors.
import type { SpecialtySeed } from "./types.ts";

export const SPECIALTIES: readonly SpecialtySeed[] = [
  {
    code: "07130100",
    name: {
      kk: "Электр станциялары мен желілерінің электр жабдықтары (түрлері бойынша)",
      ru: "Электрооборудование электрических станций и сетей (по видам)",
      en: "Electrical equipment of power stations and networks (by type)",
    },
    sector: "energy",
    isWorking: true,
    qualifications: [
      {
        code: "3W07130101",
        name: {
          kk: "Электр жабдықтарын жөндеу және оларға қызмет көрсету жөніндегі электр монтері",
          ru: "Электромонтёр по ремонту и обслуживанию электрооборудования",
          en: "Electrician for repair and maintenance of electrical equipment",
        },
        isWorking: true,
      },
      { code: "4S07130103", name: { kk: "Техник-электрик", ru: "Техник-электрик", en: "Electrical technician" }, isWorking: false },
    ],
  },
  {
    code: "07131000",
    name: {
      kk: "Жаңартылатын энергетика қондырғыларын пайдалану",
      ru: "Эксплуатация установок возобновляемой энергетики",
      en: "Operation of renewable energy installations",
    },
    sector: "energy",
    isWorking: true,
    qualifications: [
      {
        code: "3W07131001",
        name: {
          kk: "Күн және жел электр станцияларының электр монтері",
          ru: "Электромонтёр солнечных и ветровых электростанций",
          en: "Solar and wind power plant electrician",
        },
        isWorking: true,
      },
      { code: "4S07131003", name: { kk: "Техник-энергетик", ru: "Техник-энергетик", en: "Power engineering technician" }, isWorking: false },
    ],
  },
  {
    code: "07150300",
    name: { kk: "Дәнекерлеу ісі (түрлері бойынша)", ru: "Сварочное дело (по видам)", en: "Welding (by type)" },
    sector: "manufacturing",
    isWorking: true,
    qualifications: [
      { code: "3W07150301", name: { kk: "Электргазбен дәнекерлеуші", ru: "Электрогазосварщик", en: "Electric and gas welder" }, isWorking: true },
      {
        code: "3W07150302",
        name: { kk: "Қолмен доғалық дәнекерлеу дәнекерлеушісі", ru: "Сварщик ручной дуговой сварки", en: "Manual arc welder" },
        isWorking: true,
      },
      { code: "4S07150304", name: { kk: "Дәнекерлеу өндірісінің технигі", ru: "Техник сварочного производства", en: "Welding technician" }, isWorking: false },
    ],
  },
  {
    code: "07150700",
    name: { kk: "Токарлық іс және металл өңдеу (түрлері бойынша)", ru: "Токарное дело и металлообработка (по видам)", en: "Turning and metalworking (by type)" },
    sector: "manufacturing",
    isWorking: true,
    qualifications: [
      { code: "3W07150701", name: { kk: "Токарь", ru: "Токарь", en: "Turner" }, isWorking: true },
      { code: "3W07150702", name: { kk: "Фрезерші", ru: "Фрезеровщик", en: "Milling machine operator" }, isWorking: true },
      {
        code: "3W07150703",
        name: { kk: "Бағдарламалық басқарылатын станоктар операторы", ru: "Оператор станков с программным управлением", en: "CNC machine operator" },
        isWorking: true,
      },
    ],
  },
  {
    code: "07150100",
    name: { kk: "Қара металдар металлургиясы", ru: "Металлургия чёрных металлов", en: "Ferrous metallurgy" },
    sector: "metallurgy",
    isWorking: true,
    qualifications: [
      { code: "3W07150101", name: { kk: "Болат балқытушы", ru: "Сталевар", en: "Steelmaker" }, isWorking: true },
      {
        code: "3W07150102",
        name: { kk: "Металлургия өндірісінің кран машинисі", ru: "Машинист крана металлургического производства", en: "Metallurgical crane operator" },
        isWorking: true,
      },
      { code: "4S07150104", name: { kk: "Техник-металлург", ru: "Техник-металлург", en: "Metallurgy technician" }, isWorking: false },
    ],
  },
  {
    code: "07140200",
    name: { kk: "Автоматтандыру және басқару (бейін бойынша)", ru: "Автоматизация и управление (по профилю)", en: "Automation and control (by field)" },
    sector: "manufacturing",
    isWorking: true,
    qualifications: [
      {
        code: "3W07140201",
        name: {
          kk: "Бақылау-өлшеу аспаптары және автоматика слесарі",
          ru: "Слесарь по контрольно-измерительным приборам и автоматике",
          en: "Instrumentation and automation fitter",
        },
        isWorking: true,
      },
      { code: "4S07140203", name: { kk: "Техник-мехатроник", ru: "Техник-мехатроник", en: "Mechatronics technician" }, isWorking: false },
    ],
  },
  {
    code: "07110200",
    name: { kk: "Химиялық технология және өндіріс (түрлері бойынша)", ru: "Химическая технология и производство (по видам)", en: "Chemical technology and production (by type)" },
    sector: "manufacturing",
    isWorking: true,
    qualifications: [
      { code: "3W07110201", name: { kk: "Технологиялық қондырғылар операторы", ru: "Оператор технологических установок", en: "Process plant operator" }, isWorking: true },
      { code: "4S07110203", name: { kk: "Химиялық өндірістің техник-технологы", ru: "Техник-технолог химического производства", en: "Chemical process technician" }, isWorking: false },
    ],
  },
  {
    code: "02110300",
    name: { kk: "Полиграфиялық өндіріс", ru: "Полиграфическое производство", en: "Printing production" },
    sector: "manufacturing",
    isWorking: true,
    qualifications: [
      { code: "3W02110301", name: { kk: "Офсеттік басып шығару операторы", ru: "Печатник офсетной печати", en: "Offset printer" }, isWorking: true },
      { code: "3W02110302", name: { kk: "Цифрлық басып шығару операторы", ru: "Оператор цифровой печати", en: "Digital print operator" }, isWorking: true },
      { code: "4S02110304", name: { kk: "Полиграфия технигі", ru: "Техник-полиграфист", en: "Print production technician" }, isWorking: false },
    ],
  },
  {
    code: "07240100",
    name: { kk: "Мұнай және газ ұңғымаларын бұрғылау технологиясы", ru: "Технология бурения нефтяных и газовых скважин", en: "Oil and gas well drilling technology" },
    sector: "oil_gas",
    isWorking: true,
    qualifications: [
      { code: "3W07240101", name: { kk: "Бұрғылаушының көмекшісі", ru: "Помощник бурильщика", en: "Assistant driller" }, isWorking: true },
      { code: "4S07240103", name: { kk: "Бұрғылау технигі", ru: "Техник-технолог по бурению", en: "Drilling technician" }, isWorking: false },
    ],
  },
  {
    code: "07240700",
    name: { kk: "Мұнай және газ кен орындарын пайдалану", ru: "Эксплуатация нефтяных и газовых месторождений", en: "Operation of oil and gas fields" },
    sector: "oil_gas",
    isWorking: true,
    qualifications: [
      { code: "3W07240701", name: { kk: "Мұнай және газ өндіру операторы", ru: "Оператор по добыче нефти и газа", en: "Oil and gas production operator" }, isWorking: true },
      { code: "3W07240702", name: { kk: "Ұңғымаларды жерасты жөндеу операторы", ru: "Оператор подземного ремонта скважин", en: "Well workover operator" }, isWorking: true },
      {
        code: "4S07240704",
        name: { kk: "Мұнай және газ өндіру жөніндегі техник-технолог", ru: "Техник-технолог по добыче нефти и газа", en: "Oil and gas production technician" },
        isWorking: false,
      },
    ],
  },
  {
    code: "07240300",
    name: {
      kk: "Пайдалы қазбалар кен орындарын ашық тәсілмен игеру",
      ru: "Открытая разработка месторождений полезных ископаемых",
      en: "Open-pit mining of mineral deposits",
    },
    sector: "mining",
    isWorking: true,
    qualifications: [
      { code: "3W07240301", name: { kk: "Экскаватор машинисі", ru: "Машинист экскаватора", en: "Excavator operator" }, isWorking: true },
      { code: "3W07240302", name: { kk: "Тау-кен жұмысшысы", ru: "Горнорабочий", en: "Miner" }, isWorking: true },
      { code: "4S07240304", name: { kk: "Тау-кен технигі", ru: "Горный техник", en: "Mining technician" }, isWorking: false },
    ],
  },
  {
    code: "07240500",
    name: {
      kk: "Пайдалы қазбалар кен орындарын жерасты тәсілімен игеру",
      ru: "Подземная разработка месторождений полезных ископаемых",
      en: "Underground mining of mineral deposits",
    },
    sector: "mining",
    isWorking: true,
    qualifications: [
      { code: "3W07240501", name: { kk: "Үңгіші", ru: "Проходчик", en: "Tunnelling miner" }, isWorking: true },
      { code: "3W07240502", name: { kk: "Жерасты тау-кен жұмысшысы", ru: "Горнорабочий подземный", en: "Underground miner" }, isWorking: true },
      { code: "4S07240504", name: { kk: "Тау-кен техник-технологы", ru: "Горный техник-технолог", en: "Mining process technician" }, isWorking: false },
    ],
  },
  {
    code: "07320100",
    name: {
      kk: "Ғимараттар мен құрылыстарды салу және пайдалану",
      ru: "Строительство и эксплуатация зданий и сооружений",
      en: "Construction and operation of buildings and structures",
    },
    sector: "construction",
    isWorking: true,
    qualifications: [
      { code: "3W07320101", name: { kk: "Тас қалаушы", ru: "Каменщик", en: "Bricklayer" }, isWorking: true },
      {
        code: "3W07320102",
        name: { kk: "Құрылыс конструкцияларын монтаждаушы", ru: "Монтажник строительных конструкций", en: "Structural installer" },
        isWorking: true,
      },
      { code: "4S07320104", name: { kk: "Техник-құрылысшы", ru: "Техник-строитель", en: "Construction technician" }, isWorking: false },
    ],
  },
  {
    code: "07320400",
    name: { kk: "Құрылыс әрлеу жұмыстары", ru: "Отделочные строительные работы", en: "Finishing construction works" },
    sector: "construction",
    isWorking: true,
    qualifications: [
      { code: "3W07320401", name: { kk: "Сылақшы", ru: "Штукатур", en: "Plasterer" }, isWorking: true },
      { code: "3W07320402", name: { kk: "Сырлаушы", ru: "Маляр", en: "Painter and decorator" }, isWorking: true },
      { code: "3W07320403", name: { kk: "Плитка қалаушы", ru: "Облицовщик-плиточник", en: "Tiler" }, isWorking: true },
    ],
  },
  {
    code: "07320700",
    name: {
      kk: "Ішкі санитарлық-техникалық құрылғыларды, желдетуді және инженерлік жүйелерді монтаждау және пайдалану",
      ru: "Монтаж и эксплуатация внутренних санитарно-технических устройств, вентиляции и инженерных систем",
      en: "Installation and operation of plumbing, ventilation and building services",
    },
    sector: "construction",
    isWorking: true,
    qualifications: [
      { code: "3W07320701", name: { kk: "Слесарь-сантехник", ru: "Слесарь-сантехник", en: "Plumber" }, isWorking: true },
      {
        code: "4S07320703",
        name: { kk: "Санитарлық-техникалық жүйелер технигі", ru: "Техник по санитарно-техническим системам", en: "Building services technician" },
        isWorking: false,
      },
    ],
  },
  {
    code: "07160500",
    name: {
      kk: "Автомобиль көлігіне техникалық қызмет көрсету, жөндеу және пайдалану",
      ru: "Техническое обслуживание, ремонт и эксплуатация автомобильного транспорта",
      en: "Maintenance, repair and operation of motor vehicles",
    },
    sector: "transport",
    isWorking: true,
    qualifications: [
      { code: "3W07160501", name: { kk: "Автомобильдерді жөндеу слесарі", ru: "Слесарь по ремонту автомобилей", en: "Car mechanic" }, isWorking: true },
      { code: "3W07160502", name: { kk: "Автоэлектрик", ru: "Автоэлектрик", en: "Auto electrician" }, isWorking: true },
      { code: "4S07160504", name: { kk: "Техник-механик", ru: "Техник-механик", en: "Mechanical technician" }, isWorking: false },
    ],
  },
  {
    code: "07161300",
    name: {
      kk: "Темір жолдың жылжымалы құрамын техникалық пайдалану",
      ru: "Техническая эксплуатация подвижного состава железных дорог",
      en: "Technical operation of railway rolling stock",
    },
    sector: "transport",
    isWorking: true,
    qualifications: [
      { code: "3W07161301", name: { kk: "Жылжымалы құрамды жөндеу слесарі", ru: "Слесарь по ремонту подвижного состава", en: "Rolling stock repair fitter" }, isWorking: true },
      { code: "3W07161302", name: { kk: "Локомотив машинисінің көмекшісі", ru: "Помощник машиниста локомотива", en: "Assistant locomotive driver" }, isWorking: true },
      { code: "4S07161304", name: { kk: "Техник-электромеханик", ru: "Техник-электромеханик", en: "Electromechanical technician" }, isWorking: false },
    ],
  },
  {
    code: "10410100",
    name: {
      kk: "Теміржол көлігінде тасымалдауды ұйымдастыру және қозғалысты басқару",
      ru: "Организация перевозок и управление движением на железнодорожном транспорте",
      en: "Railway traffic control and transport organisation",
    },
    sector: "transport",
    isWorking: true,
    qualifications: [
      { code: "3W10410101", name: { kk: "Пойыздар құрастырушы", ru: "Составитель поездов", en: "Train shunter" }, isWorking: true },
      {
        code: "4S10410103",
        name: { kk: "Тасымалдауды ұйымдастыру жөніндегі техник", ru: "Техник по организации перевозок", en: "Transport organisation technician" },
        isWorking: false,
      },
    ],
  },
  {
    code: "06130100",
    name: { kk: "Бағдарламалық қамтамасыз ету (түрлері бойынша)", ru: "Программное обеспечение (по видам)", en: "Software (by type)" },
    sector: "it",
    isWorking: false,
    qualifications: [
      {
        code: "4S06130103",
        name: { kk: "Бағдарламалық қамтамасыз етуді әзірлеуші", ru: "Разработчик программного обеспечения", en: "Software developer" },
        isWorking: false,
      },
      { code: "4S06130104", name: { kk: "Ақпараттық жүйелер технигі", ru: "Техник информационных систем", en: "Information systems technician" }, isWorking: false },
    ],
  },
  {
    code: "10130300",
    name: { kk: "Тамақтандыруды ұйымдастыру", ru: "Организация питания", en: "Catering" },
    sector: "service",
    isWorking: true,
    qualifications: [
      { code: "3W10130301", name: { kk: "Аспаз", ru: "Повар", en: "Cook" }, isWorking: true },
      { code: "3W10130302", name: { kk: "Кондитер", ru: "Кондитер", en: "Pastry cook" }, isWorking: true },
      { code: "4S10130304", name: { kk: "Тамақтандыру технологы", ru: "Техник-технолог общественного питания", en: "Catering technologist" }, isWorking: false },
    ],
  },
  {
    code: "10120100",
    name: { kk: "Шаштараз өнері", ru: "Парикмахерское искусство", en: "Hairdressing" },
    sector: "service",
    isWorking: true,
    qualifications: [
      { code: "3W10120101", name: { kk: "Шаштараз", ru: "Парикмахер", en: "Hairdresser" }, isWorking: true },
      { code: "4S10120103", name: { kk: "Шаштараз-модельер", ru: "Парикмахер-модельер", en: "Hair stylist" }, isWorking: false },
    ],
  },
  {
    code: "07230100",
    name: { kk: "Тігін өндірісі және киімдерді үлгілеу", ru: "Швейное производство и моделирование одежды", en: "Garment production and clothing design" },
    sector: "textile",
    isWorking: true,
    qualifications: [
      { code: "3W07230101", name: { kk: "Тігінші", ru: "Швея", en: "Sewing machinist" }, isWorking: true },
      { code: "3W07230102", name: { kk: "Пішуші", ru: "Закройщик", en: "Garment cutter" }, isWorking: true },
      { code: "4S07230104", name: { kk: "Тігін өндірісінің технологы", ru: "Техник-технолог швейного производства", en: "Garment technologist" }, isWorking: false },
    ],
  },
  {
    code: "08110100",
    name: { kk: "Ауыл шаруашылығын механикаландыру", ru: "Механизация сельского хозяйства", en: "Agricultural mechanisation" },
    sector: "agriculture",
    isWorking: true,
    qualifications: [
      {
        code: "3W08110101",
        name: { kk: "Ауыл шаруашылығы өндірісінің тракторшы-машинисі", ru: "Тракторист-машинист сельскохозяйственного производства", en: "Tractor and farm machinery operator" },
        isWorking: true,
      },
      {
        code: "3W08110102",
        name: { kk: "Ауыл шаруашылығы машиналарын жөндеу слесарі", ru: "Слесарь по ремонту сельскохозяйственных машин", en: "Farm machinery repair fitter" },
        isWorking: true,
      },
      { code: "4S08110104", name: { kk: "Техник-механик", ru: "Техник-механик", en: "Agricultural machinery technician" }, isWorking: false },
    ],
  },
  {
    code: "08410100",
    name: { kk: "Ветеринария", ru: "Ветеринария", en: "Veterinary medicine" },
    sector: "agriculture",
    isWorking: false,
    qualifications: [
      { code: "4S08410101", name: { kk: "Ветеринариялық фельдшер", ru: "Ветеринарный фельдшер", en: "Veterinary paramedic" }, isWorking: false },
    ],
  },
  {
    code: "09130100",
    name: { kk: "Мейіргер ісі", ru: "Сестринское дело", en: "Nursing" },
    sector: "healthcare",
    isWorking: false,
    qualifications: [
      { code: "4S09130103", name: { kk: "Жалпы практикадағы мейіргер", ru: "Медицинская сестра общей практики", en: "General practice nurse" }, isWorking: false },
      { code: "5AB09130101", name: { kk: "Мейіргер ісінің қолданбалы бакалавры", ru: "Прикладной бакалавр сестринского дела", en: "Applied bachelor of nursing" }, isWorking: false },
    ],
  },
  {
    code: "09120100",
    name: { kk: "Емдеу ісі", ru: "Лечебное дело", en: "General medicine" },
    sector: "healthcare",
    isWorking: false,
    qualifications: [{ code: "4S09120101", name: { kk: "Фельдшер", ru: "Фельдшер", en: "Paramedic" }, isWorking: false }],
  },
  {
    code: "09160100",
    name: { kk: "Фармация", ru: "Фармация", en: "Pharmacy" },
    sector: "healthcare",
    isWorking: false,
    qualifications: [{ code: "4S09160101", name: { kk: "Фармацевт", ru: "Фармацевт", en: "Pharmacy technician" }, isWorking: false }],
  },
  {
    code: "09140100",
    name: { kk: "Зертханалық диагностика", ru: "Лабораторная диагностика", en: "Laboratory diagnostics" },
    sector: "healthcare",
    isWorking: false,
    qualifications: [
      { code: "4S09140101", name: { kk: "Медициналық зертханашы", ru: "Медицинский лаборант", en: "Medical laboratory technician" }, isWorking: false },
    ],
  },
  {
    code: "04110100",
    name: { kk: "Есеп және аудит", ru: "Учёт и аудит", en: "Accounting and auditing" },
    sector: "service",
    isWorking: false,
    qualifications: [{ code: "4S04110102", name: { kk: "Бухгалтер", ru: "Бухгалтер", en: "Accountant" }, isWorking: false }],
  },
  {
    code: "01140100",
    name: { kk: "Бастауыш білім беру педагогикасы мен әдістемесі", ru: "Педагогика и методика начального обучения", en: "Primary education pedagogy and methods" },
    sector: "education",
    isWorking: false,
    qualifications: [
      { code: "4S01140101", name: { kk: "Бастауыш білім беру мұғалімі", ru: "Учитель начального образования", en: "Primary school teacher" }, isWorking: false },
    ],
  },
];
