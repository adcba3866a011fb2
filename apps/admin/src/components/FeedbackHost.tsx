import { useEffect } from 'react';
import { message, Modal } from 'antd';
import type { FeedbackApi } from './feedback';

/** Ant Design's message and modal hooks and their holders (see FeedbackProvider). */
export default function FeedbackHost({ onReady }: { onReady: (api: FeedbackApi) => void }) {
  const [messageApi, messageHolder] = message.useMessage();
  const [modalApi, modalHolder] = Modal.useModal();
  useEffect(
    () => onReady({ message: messageApi, modal: modalApi }),
    [onReady, messageApi, modalApi],
  );
  return (
    <>
      {modalHolder}
      {messageHolder}
    </>
  );
}
