import { useNavigate } from 'react-router';
import { PageHeader } from '../../../components';
import { homePathFor } from '../../../lib/access';
import { ChangePasswordForm } from '../components/change-password-form';
import { useCurrentUser } from '../hooks/use-current-user';

export function ChangePasswordRoute() {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const required = user.mustChangePassword;

  return (
    <div className="page">
      <PageHeader
        title="Change password"
        description={
          required
            ? 'Your administrator set a temporary password. Choose your own before you continue.'
            : 'Choose the password you will use to sign in to Recode.'
        }
      />
      <section className="card">
        <ChangePasswordForm
          onChanged={() => {
            if (required) navigate(homePathFor(user.role), { replace: true });
          }}
        />
      </section>
    </div>
  );
}
