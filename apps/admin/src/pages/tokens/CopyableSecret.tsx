import { useRef, useState } from 'react';
import { Button, Input, Space, type InputRef } from 'antd';
import { CheckOutlined, CopyOutlined } from '@ant-design/icons';
import { useI18n } from '../../app/i18n';
import './locale';
import { useFeedback } from '../../components/feedback';

/**
 * A secret in a read-only field with a copy button. Where the clipboard is out of reach (a page
 * served over plain http), the text is selected so that Ctrl+C copies it.
 */
export function CopyableSecret({ secret, label }: { secret: string; label: string }) {
  const { t } = useI18n();
  const { message } = useFeedback();
  const [copied, setCopied] = useState(false);
  const input = useRef<InputRef>(null);

  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(secret);
      setCopied(true);
      message.success(t('tokens.secret.copiedMessage'));
    } catch {
      input.current?.select();
      message.warning(t('tokens.secret.copyFailed'));
    }
  };

  return (
    <Space.Compact style={{ width: '100%' }}>
      <Input
        ref={input}
        readOnly
        value={secret}
        aria-label={label}
        onFocus={(event) => event.target.select()}
        style={{ fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' }}
      />
      <Button
        type="primary"
        icon={copied ? <CheckOutlined /> : <CopyOutlined />}
        onClick={() => void copy()}
      >
        {copied ? t('tokens.secret.copied') : t('tokens.secret.copy')}
      </Button>
    </Space.Compact>
  );
}
