/**
 * A button that opens the browser's file picker for .xlsx files read on this computer (nothing is sent
 * anywhere). The input is cleared after each pick, so the same file picked again is read again.
 */
import { Button, makeStyles, type ButtonProps } from '@fluentui/react-components';
import { useRef } from 'react';

const useStyles = makeStyles({ hidden: { display: 'none' } });

interface Props {
  label: string;
  onFiles(files: File[]): void;
  multiple?: boolean;
  appearance?: ButtonProps['appearance'];
  disabled?: boolean;
  /** Test ids of the hidden input (where a test sets files) and of the button. */
  inputTestId: string;
  buttonTestId?: string;
}

export function FilePickerButton(props: Props) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        accept=".xlsx"
        multiple={props.multiple}
        aria-label={props.label}
        data-testid={props.inputTestId}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          if (files.length > 0) props.onFiles(files);
        }}
      />
      <Button
        appearance={props.appearance}
        disabled={props.disabled}
        onClick={() => input.current?.click()}
        data-testid={props.buttonTestId}
      >
        {props.label}
      </Button>
    </>
  );
}
