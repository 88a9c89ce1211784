/** The pane's one date field lives in taskpane/shared; the template's sections import it from here too. */
export { DateField } from '../../../shared/DateField';
