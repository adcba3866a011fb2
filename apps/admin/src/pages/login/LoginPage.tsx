import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { GlobalOutlined, LockOutlined, UserOutlined } from '@ant-design/icons';
import { useI18n } from '../../app/i18n';
import { prefetchAfterSignIn } from '../../app/prefetch';
import { signIn } from './sign-in';
import './locale';

/**
 * Sign-in; afterwards back to the page the person came from, else home: 我的待办 for a branch
 * secretary, whose day starts with the visits and birthdays owed.
 */
export default function LoginPage() {
  const { t, locale, setLocale } = useI18n();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [loading, setLoading] = useState(false);
  const [problem, setProblem] = useState<string | null>(
    params.get('from') ? t('login.expired') : null,
  );

  const submit = async (values: { username: string; password: string }) => {
    setProblem(null);
    // The server keeps the session in an HttpOnly cookie; no token comes back to this page.
    setLoading(true);
    const result = await signIn({ ...values, sessionCookie: true }).catch((error: Error) => {
      setProblem(t('common.error', { message: error.message }));
      return null;
    });
    setLoading(false);
    if (!result) return;
    if (result.expiresAt) {
      const home = result.user?.role === 'SECRETARY' ? '/my-tasks' : '/';
      navigate(params.get('from') ?? home, { replace: true });
    } else {
      setProblem(result.userErrors[0]?.message ?? t('common.error', { message: '' }));
    }
  };

  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'grid',
        placeItems: 'center',
        background: 'linear-gradient(160deg, #fff7e6 0%, #ffd8bf 50%, #ffbb96 100%)',
      }}
    >
      <main>
        <Card
          style={{
            width: 'min(400px, calc(100vw - 24px))',
            boxShadow: '0 12px 40px rgba(173, 56, 13, 0.18)',
          }}
        >
          <Typography.Title level={2} style={{ marginBottom: 4, color: '#ad2102' }}>
            {t('login.title')}
          </Typography.Title>
          <Typography.Paragraph style={{ color: '#595959' }}>
            {t('login.lead')}
          </Typography.Paragraph>
          {problem && (
            <Alert
              type="error"
              showIcon
              title={problem}
              style={{ marginBottom: 16 }}
              role="alert"
            />
          )}
          <Form
            layout="vertical"
            onFinish={(v) => void submit(v)}
            onValuesChange={prefetchAfterSignIn}
            requiredMark={false}
          >
            <Form.Item
              name="username"
              label={t('login.username')}
              rules={[{ required: true, message: t('login.usernameRequired') }]}
            >
              <Input
                prefix={<UserOutlined aria-hidden />}
                autoComplete="username"
                autoFocus
                size="large"
              />
            </Form.Item>
            <Form.Item
              name="password"
              label={t('login.password')}
              rules={[{ required: true, message: t('login.passwordRequired') }]}
            >
              <Input.Password
                prefix={<LockOutlined aria-hidden />}
                autoComplete="current-password"
                size="large"
              />
            </Form.Item>
            <Button type="primary" htmlType="submit" block size="large" loading={loading}>
              {t('login.submit')}
            </Button>
          </Form>
          <Button
            type="text"
            icon={<GlobalOutlined aria-hidden />}
            style={{ marginTop: 12 }}
            onClick={() => setLocale(locale === 'zh-CN' ? 'en-US' : 'zh-CN')}
          >
            {t('layout.language')}
          </Button>
        </Card>
      </main>
    </div>
  );
}
