import * as React from 'react';

/**
 * The send of a dialog that stays open until its action is done: `touched` once the person tried
 * to send (the dialog then shows its problems), `submitting` while the send runs. `submit(blocked,
 * send)` marks the dialog touched and, unless something blocks it or a send runs already, sends; a
 * send that resolves true closes the dialog (false keeps it open, e.g. the server refused). `reset`
 * clears both, for a dialog that opens afresh.
 */
export function useDialogSend(close: () => void) {
  const [touched, setTouched] = React.useState(false);
  const [submitting, setSubmitting] = React.useState(false);
  const reset = React.useCallback(() => {
    setTouched(false);
    setSubmitting(false);
  }, []);
  const submit = async (blocked: boolean, send: () => Promise<boolean>, event?: React.FormEvent) => {
    event?.preventDefault();
    setTouched(true);
    if (blocked || submitting) return;
    setSubmitting(true);
    try {
      if (await send()) close();
    } finally {
      setSubmitting(false);
    }
  };
  return { touched, setTouched, submitting, reset, submit };
}
