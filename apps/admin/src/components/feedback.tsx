import {
  createContext,
  useCallback,
  lazy,
  Suspense,
  useContext,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { MessageInstance } from 'antd/es/message/interface';
import type { HookAPI as ModalApi } from 'antd/es/modal/useModal';

/** Ant Design's message and modal APIs, as `App.useApp()` gives them. */
export interface FeedbackApi {
  message: MessageInstance;
  modal: ModalApi;
}

type Notices = 'success' | 'error' | 'info' | 'warning';
type Dialogs = 'confirm' | 'error';

/** The same calls, made once the APIs have loaded (at once when they have). */
export interface Feedback {
  message: Record<Notices, (...args: Parameters<MessageInstance['success']>) => void>;
  modal: Record<Dialogs, (...args: Parameters<ModalApi['confirm']>) => void>;
}

// The code behind messages and dialogs is a chunk of its own: no first screen shows one.
const FeedbackHost = lazy(() => import('./FeedbackHost'));

const FeedbackContext = createContext<Feedback | null>(null);

/**
 * Gives the screens below it `useFeedback()`, in place of Ant Design's `<App>`: the message
 * and dialog code loads at the first call (a message follows an answer from the server, a
 * dialog a click), not while a first screen is still loading.
 */
export function FeedbackProvider({ children }: { children: ReactNode }) {
  const api = useRef<FeedbackApi | null>(null);
  const waiting = useRef<((api: FeedbackApi) => void)[]>([]);
  const [wanted, setWanted] = useState(false);
  const value = useMemo<Feedback>(() => {
    const call = (use: (api: FeedbackApi) => void) => {
      if (api.current) return void use(api.current);
      waiting.current.push(use);
      setWanted(true);
    };
    const notice =
      (type: Notices) =>
      (...args: Parameters<MessageInstance['success']>) =>
        call(({ message }) => void message[type](...args));
    const dialog =
      (type: Dialogs) =>
      (...args: Parameters<ModalApi['confirm']>) =>
        call(({ modal }) => void modal[type](...args));
    return {
      message: {
        success: notice('success'),
        error: notice('error'),
        info: notice('info'),
        warning: notice('warning'),
      },
      modal: { confirm: dialog('confirm'), error: dialog('error') },
    };
  }, []);
  const ready = useCallback((loaded: FeedbackApi) => {
    api.current = loaded;
    for (const use of waiting.current.splice(0)) use(loaded);
  }, []);
  return (
    <FeedbackContext.Provider value={value}>
      {children}
      {wanted && (
        <Suspense fallback={null}>
          <FeedbackHost onReady={ready} />
        </Suspense>
      )}
    </FeedbackContext.Provider>
  );
}

/** Messages and dialogs: `const { message, modal } = useFeedback()`. */
export function useFeedback(): Feedback {
  const feedback = useContext(FeedbackContext);
  if (!feedback) throw new Error('useFeedback outside FeedbackProvider');
  return feedback;
}
