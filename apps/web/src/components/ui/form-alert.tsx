interface FormAlertProps {
  message: string | null | undefined;
}

/** The one message above a form that no single field owns (a server refusal, a conflict). */
export function FormAlert({ message }: FormAlertProps) {
  if (!message) return null;
  return (
    <div className="form-alert" role="alert">
      {message}
    </div>
  );
}
