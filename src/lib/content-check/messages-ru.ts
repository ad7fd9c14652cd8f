/**
 * What the content check tells editors, in Russian, the working language of the prosecutor's
 * office. Each rule has what is wrong (`text`) and how to fix it (`fix`); `{name}` is filled from
 * the finding's params. messages-kk.ts has the same keys.
 */
export const ru = {
  severity: { error: 'ошибка', warning: 'предупреждение' },
  fixLabel: 'Как исправить',
  summary: 'Проверено файлов: {files}. Ошибок: {errors}, предупреждений: {warnings}.',
  verdictErrors: 'Исправьте ошибки до публикации: с ошибками урок нельзя выпускать.',
  verdictWarnings: 'Ошибок нет, урок можно публиковать; предупреждения стоит разобрать.',
  verdictClean: 'Замечаний нет.',
  lang: { kk: 'казахский', ru: 'русский' },
  rules: {
    'translation-missing': {
      text: 'У урока нет перевода на {otherLangName} язык (translationKey «{key}»).',
      fix: 'Создайте файл в папке {otherLang} с тем же translationKey, например `npm run new` с переводом.',
    },
    'translation-key-duplicate': {
      text: 'translationKey «{key}» уже есть у другого урока на этом языке: {other}.',
      fix: 'Дайте каждому уроку свой translationKey; одинаковым он бывает только у перевода на другой язык.',
    },
    'slug-duplicate': {
      text: 'Адрес урока /{slug}/ совпадает с адресом другого файла: {other}.',
      fix: 'Переименуйте один из файлов (латиница, строчные буквы, слова через дефис).',
    },
    'image-alt-missing': {
      text: 'У изображения {src} нет описания (alt).',
      fix: 'Опишите словами, что на картинке: это прочтёт экранный диктор незрячему ученику.',
    },
    'image-alt-file-name': {
      text: 'Описание изображения {src} – имя файла («{alt}»), а не описание.',
      fix: 'Напишите, что изображено, обычными словами, например «Девочка переходит дорогу на зелёный свет».',
    },
    'image-too-large': {
      text: 'Изображение {src} весит {size} КБ, больше {limit} КБ: на дешёвом телефоне страница будет долго грузиться.',
      fix: 'Уменьшите картинку (не шире 1600 пикселей) или сохраните в WebP/JPEG с качеством 80.',
    },
    'image-missing': {
      text: 'Файл изображения {src} не найден.',
      fix: 'Положите файл в content/media/ или исправьте путь.',
    },
    'captions-missing-lang': {
      text: 'У видео нет субтитров на языке урока ({lang}).',
      fix: 'Добавьте в captions строку `- lang: {lang}` с файлом .vtt из content/media/.',
    },
    'captions-invalid': {
      text: 'Файл субтитров {caption} – неверный WebVTT (строка {vttLine}: {detail}).',
      fix: 'Файл должен начинаться со строки WEBVTT, а у каждой реплики – время вида 00:00:01.000 --> 00:00:04.000.',
    },
    'captions-file-missing': {
      text: 'Файл субтитров {caption} не найден в content/media/.',
      fix: 'Положите файл .vtt в content/media/ или исправьте имя.',
    },
    'link-broken': {
      text: 'Ссылка {url} ведёт на страницу, которой нет на сайте.',
      fix: 'Проверьте адрес: язык (/kk/ или /ru/), вид урока (articles, videos, webinars), имя файла и косую черту в конце.',
    },
    'link-unpublished': {
      text: 'Ссылка {url} ведёт на урок, который ещё не опубликован: на сайте она не откроется.',
      fix: 'Опубликуйте тот урок раньше этого или уберите ссылку.',
    },
    'anchor-broken': {
      text: 'В ссылке {url} нет заголовка с якорем #{anchor}.',
      fix: 'Возьмите якорь из заголовка нужного урока или уберите часть после #.',
    },
    'sentence-too-long': {
      text: 'Предложение слишком длинное для аудитории {audience}: слов – {words}, а нужно не больше {limit}: «{start}…».',
      fix: 'Разбейте его на два-три коротких предложения: одна мысль – одно предложение.',
    },
    'word-too-long': {
      text: 'Слово «{word}» слишком длинное для аудитории {audience}: букв – {letters}, а обычно не больше {limit}.',
      fix: 'Замените его простым словом или объясните его в тексте.',
    },
    'review-missing': {
      text: 'Юрист ещё не проверил урок: нет поля review.',
      fix: 'После проверки добавьте `review: { by: "ФИО, должность", on: ГГГГ-ММ-ДД }`.',
    },
    'review-outdated': {
      text: 'Юридическая проверка от {date} старше 12 месяцев: законы могли измениться.',
      fix: 'Попросите юриста проверить урок снова и обновите дату в review.on.',
    },
    'legal-source-unofficial': {
      text: 'Ссылка на закон {url} ведёт не в официальный реестр adilet.zan.kz.',
      fix: 'Найдите этот акт на adilet.zan.kz и дайте ссылку оттуда.',
    },
    'webinar-no-outcome': {
      text: 'Вебинар прошёл {date}, но у него нет ни записи (recording), ни краткого содержания (recap).',
      fix: 'Добавьте recording: id видео с записью, или recap: два-три предложения о том, что обсудили.',
    },
    'todo-left': {
      text: 'В файле осталась пометка TODO: «{text}».',
      fix: 'Заполните это место настоящим текстом; урок с TODO нельзя публиковать.',
    },
    'mdx-invalid': {
      text: 'Текст урока не читается как MDX: {detail}.',
      fix: 'Проверьте, что каждый тег закрыт (`<Mci n={10} />`) и фигурные скобки парные.',
    },
    'mci-year-missing': {
      text: 'В content/data/mci.yaml нет МРП на {year} год: суммы штрафов в уроках посчитаны по {latest} году.',
      fix: 'Добавьте `- id: "{year}"` и `tenge:` из Закона о республиканском бюджете на этот год.',
    },
  },
};
