/**
 * The words `npm run new` writes into a new lesson, per language: TODO markers saying what to fill
 * and a body in the shape docs/writing.md asks for (a story or situation, what to do, where to get help).
 * The content check reports every TODO left, so none reaches students.
 */
import type { Lang } from './langs.ts';
import type { LessonKind } from './lessons.ts';

export interface ScaffoldText {
  header: string;
  summary: string;
  coverAlt: string;
  topics: string;
  legalAct: string;
  review: string;
  translationTitle: string;
  speakerName: string;
  speakerRole: string;
  caption: string;
  /** Comments beside fields whose placeholder must be replaced. */
  hints: { cover: string; video: string; duration: string; startsAt: string };
  body: Record<LessonKind, string>;
}

const kk: ScaffoldText = {
  header: 'TODO: TODO белгісі бар жерлердің бәрін толтырып, осы жолды өшіріңіз (нұсқаулық: content/README.md). Дайын болса, draft: false қойыңыз.',
  summary: 'TODO: оқушы бұл сабақтан не біледі, бір сөйлеммен',
  coverAlt: 'TODO: суретте не бейнеленген, сөзбен',
  topics: 'TODO: тақырыптарды content/data/topics.yaml ішінен таңдаңыз',
  legalAct: 'TODO: заңның атауы, заңда жазылғандай',
  review: 'заңгер тексергеннен кейін ашыңыз',
  translationTitle: 'TODO: аударма',
  speakerName: 'TODO: спикердің аты-жөні',
  speakerRole: 'TODO: спикердің лауазымы',
  caption: 'TODO: видеодағы сөздер',
  hints: {
    cover: 'TODO: өз суретіңіз content/media/covers/ ішінде',
    video: 'TODO: видео сілтемесі немесе content/media ішіндегі `file: атауы.mp4`',
    duration: 'TODO: минут:секунд',
    startsAt: 'TODO: басталу уақыты, +05:00 белдеуімен',
  },
  body: {
    articles: `TODO: балаға таныс оқиғадан бастаңыз. Бір абзац – бір ой.

## Не істеу керек

- TODO: бірінші қадам
- TODO: екінші қадам

## Көмек керек болса

Қауіп төнсе, қоңырау шал: [112](tel:112), [102](tel:102). Сөйлескің келсе – [111](tel:111). Барлық жол: [Көмек беті](/kk/help/).

**Ереже:** TODO: ең басты ереже бір жолмен.
`,
    videos: `TODO: видеоның толық мәтіні (субтитрлермен бірдей).

## Не істеу керек

- TODO: бірінші қадам

Көмек керек болса: [Көмек беті](/kk/help/), [112](tel:112), [111](tel:111).
`,
    webinars: `TODO: вебинар кімге арналған, қашан және қанша уақыт.

## Не туралы сөйлесеміз

- TODO: бірінші тақырып

## Қалай қосылуға болады

TODO: қосылу жолы.

Көмек қазір керек болса, вебинарды күтпе: [112](tel:112), [102](tel:102), [111](tel:111) немесе [Көмек беті](/kk/help/).
`,
  },
};

const ru: ScaffoldText = {
  header: 'TODO: заполните все места с пометкой TODO и удалите эту строку (инструкция: content/README.md). Когда готово, поставьте draft: false.',
  summary: 'TODO: что ученик узнает из урока, одним предложением',
  coverAlt: 'TODO: что изображено на картинке, словами',
  topics: 'TODO: выберите темы из content/data/topics.yaml',
  legalAct: 'TODO: название акта, как его пишет закон',
  review: 'раскомментируйте после проверки юристом',
  translationTitle: 'TODO: перевод',
  speakerName: 'TODO: ФИО спикера',
  speakerRole: 'TODO: должность спикера',
  caption: 'TODO: слова из видео',
  hints: {
    cover: 'TODO: ваша картинка в content/media/covers/',
    video: 'TODO: ссылка на видео или `file: имя.mp4` из content/media',
    duration: 'TODO: минуты:секунды',
    startsAt: 'TODO: начало с поясом +05:00',
  },
  body: {
    articles: `TODO: начните с понятной ребёнку истории. Один абзац – одна мысль.

## Что делать

- TODO: первый шаг
- TODO: второй шаг

## Если нужна помощь

Если опасно, звони: [112](tel:112), [102](tel:102). Хочешь поговорить – [111](tel:111). Все пути: [страница помощи](/ru/help/).

**Правило:** TODO: главное правило в одной строке.
`,
    videos: `TODO: полный текст видео (совпадает с субтитрами).

## Что делать

- TODO: первый шаг

Если нужна помощь: [страница помощи](/ru/help/), [112](tel:112), [111](tel:111).
`,
    webinars: `TODO: для кого вебинар, когда и сколько длится.

## О чём поговорим

- TODO: первая тема

## Как подключиться

TODO: как подключиться.

Если помощь нужна прямо сейчас, не жди вебинара: [112](tel:112), [102](tel:102), [111](tel:111) или [страница помощи](/ru/help/).
`,
  },
};

export const SCAFFOLD_TEXT: Record<Lang, ScaffoldText> = { kk, ru };
