import { Form, Input } from 'antd';
import { CheckCircleFilled, MinusCircleOutlined } from '@ant-design/icons';
import { useI18n } from '../../app/i18n';
import { checkPassword, PASSWORD_MAX_LENGTH, PASSWORD_RULES } from '@wanxia/schema';
import { passwordRule } from './password-rules';
import './locale';

/** The rules, each marked met or not as the person types, under the field. */
function PasswordChecklist({ password, username }: { password: string; username: string }) {
  const { t } = useI18n();
  const met = checkPassword(password, username);
  return (
    <ul
      style={{
        listStyle: 'none',
        padding: 0,
        margin: '4px 0 0',
        display: 'flex',
        gap: 16,
        flexWrap: 'wrap',
      }}
    >
      {PASSWORD_RULES.map((rule) => (
        <li key={rule} style={{ color: met[rule] ? '#135200' : 'rgba(0, 0, 0, 0.65)' }}>
          {met[rule] ? <CheckCircleFilled aria-hidden /> : <MinusCircleOutlined aria-hidden />}{' '}
          {t(`users.form.check.${rule}`)}
          <span style={SR_ONLY}>
            {t(met[rule] ? 'users.form.check.met' : 'users.form.check.unmet')}
          </span>
        </li>
      ))}
    </ul>
  );
}

// Read by screen readers, not shown: whether each rule is met is otherwise told by an icon.
const SR_ONLY: React.CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
};

/**
 * A new password under the server's rules (at least 8 characters, letters and digits, not the
 * username), checked as typed; the server's own refusals land on the same field.
 */
export function PasswordField({
  name,
  label,
  username,
}: {
  name: string;
  label: string;
  /** The account's username: a password must not contain it. */
  username: string;
}) {
  const { t } = useI18n();
  const form = Form.useFormInstance();
  const password = (Form.useWatch(name, form) as string | undefined) ?? '';
  return (
    <Form.Item
      name={name}
      label={label}
      dependencies={['username']}
      validateFirst
      rules={[
        { required: true, message: t('users.form.passwordRequired') },
        passwordRule(() => username, {
          length: t('users.form.rule.length'),
          mix: t('users.form.rule.mix'),
          username: t('users.form.rule.username'),
        }),
      ]}
      extra={<PasswordChecklist password={password} username={username} />}
    >
      <Input.Password autoComplete="new-password" maxLength={PASSWORD_MAX_LENGTH} />
    </Form.Item>
  );
}
