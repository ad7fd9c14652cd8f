/**
 * A self-check quiz, hydrated when it scrolls into view. Server-rendered, every question shows its
 * answers and a <details> with the right one, so the quiz reads sensibly without JavaScript; once
 * hydrated, a button checks the choice and a live region reads the feedback aloud. Nothing is sent
 * or stored: the choices live in this component's state only.
 */
import { useEffect, useState } from 'preact/hooks';
import { isAnswerRight, rightAnswers, type QuizQuestion } from '../lib/quiz';

/** Every text the island shows, in the page's language (from src/i18n). */
export interface QuizText {
  pickOne: string;
  pickMany: string;
  check: string;
  correct: string;
  wrong: string;
  rightAnswer: string;
  showAnswer: string;
  noChoice: string;
}

interface Props {
  /** Prefix of the inputs' names and ids, unique on the page. */
  id: string;
  questions: QuizQuestion[];
  text: QuizText;
}

function feedback(question: QuizQuestion, chosen: number[], text: QuizText): string {
  if (chosen.length === 0) return text.noChoice;
  if (isAnswerRight(question, chosen)) return `${text.correct} ${question.explain}`;
  return `${text.wrong} ${text.rightAnswer} ${rightAnswers(question).join('; ')}. ${question.explain}`;
}

function Question({ id, question, number, text, hydrated }: { id: string; question: QuizQuestion; number: number; text: QuizText; hydrated: boolean }) {
  const [chosen, setChosen] = useState<number[]>([]);
  const [said, setSaid] = useState<{ message: string; right: boolean } | null>(null);
  const multiple = question.kind === 'multiple';
  const name = `${id}-${number}`;
  const toggle = (index: number, on: boolean) => {
    setChosen((before) => (multiple ? (on ? [...before, index] : before.filter((other) => other !== index)) : [index]));
    setSaid(null); // feedback on an earlier choice must not stay on the projector
  };
  const check = () => setSaid({ message: feedback(question, chosen, text), right: isAnswerRight(question, chosen) });
  return (
    <fieldset class="quiz-question">
      <legend>
        {number}. {question.question} <span class="quiz-hint">({multiple ? text.pickMany : text.pickOne})</span>
      </legend>
      <ul class="quiz-options">
        {question.options.map((option, index) => (
          <li key={index}>
            <label>
              <input
                type={multiple ? 'checkbox' : 'radio'}
                name={name}
                value={String(index)}
                checked={chosen.includes(index)}
                onChange={(event) => toggle(index, event.currentTarget.checked)}
              />{' '}
              {option.text}
            </label>
          </li>
        ))}
      </ul>
      {hydrated ? (
        <button type="button" class="button" onClick={check}>
          {text.check}
        </button>
      ) : (
        <details>
          <summary>{text.showAnswer}</summary>
          <p>
            {text.rightAnswer} {rightAnswers(question).join('; ')}. {question.explain}
          </p>
        </details>
      )}
      <p class={`quiz-feedback${said ? (said.right ? ' is-right' : ' is-wrong') : ''}`} role="status" data-quiz-feedback>
        {said?.message}
      </p>
    </fieldset>
  );
}

export default function Quiz({ id, questions, text }: Props) {
  // The server renders the no-JavaScript form; the check buttons appear once the island runs.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return (
    <div class="quiz-questions" data-hydrated={hydrated ? '' : undefined}>
      {questions.map((question, index) => (
        <Question key={index} id={id} question={question} number={index + 1} text={text} hydrated={hydrated} />
      ))}
    </div>
  );
}
