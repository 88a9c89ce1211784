/**
 * RANK and RANK.EQ for HyperFormula, which (3.x) has neither while Excel has both and the workbook uses
 * them for ranks. Excel's definition: the rank of `number` among the numbers of `ref` (text, booleans and
 * blanks ignored), descending when `order` is 0 or omitted, ascending otherwise; ties share the best rank
 * (1, 2, 2, 4); #N/A when `number` is not among them.
 */
import { CellError, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula } from 'hyperformula';
import type {
  FunctionArgument,
  FunctionPluginDefinition,
  ImplementedFunctions,
  SimpleRangeValue,
} from 'hyperformula';

/** HyperFormula hands plugin methods its parser's AST and interpreter state, types it does not export. */
interface ProcedureCall {
  args: unknown[];
}

const parameters: FunctionArgument[] = [
  { argumentType: FunctionArgumentType.NUMBER },
  { argumentType: FunctionArgumentType.RANGE },
  { argumentType: FunctionArgumentType.NUMBER, optionalArg: true, defaultValue: 0 },
];

/** A number out of a range cell: HyperFormula wraps dates and percentages in objects carrying `val`. */
function numericValue(cell: unknown): number | undefined {
  if (typeof cell === 'number') return cell;
  if (typeof cell === 'object' && cell !== null && 'val' in cell) {
    const val = (cell as { val: unknown }).val;
    if (typeof val === 'number') return val;
  }
  return undefined;
}

/** Excel's RANK over plain numbers; exported for the tests that pin its arithmetic. */
export function rankOf(value: number, numbers: readonly number[], ascending: boolean): number | undefined {
  if (!numbers.includes(value)) return undefined;
  const better = numbers.filter((n) => (ascending ? n < value : n > value)).length;
  return better + 1;
}

export class RankPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    RANK: { method: 'rank', parameters },
    'RANK.EQ': { method: 'rank', parameters },
  };

  rank(ast: ProcedureCall, state: unknown): unknown {
    // The casts only restore HyperFormula's own internal types (see ProcedureCall).
    const args = ast.args as never;
    return this.runFunction(
      args,
      state as never,
      this.metadata('RANK'),
      (value: number, ref: SimpleRangeValue, order: number) => {
        const numbers: number[] = [];
        for (const cell of ref.valuesFromTopLeftCorner()) {
          if (cell instanceof CellError) return cell;
          const n = numericValue(cell);
          if (n !== undefined) numbers.push(n);
        }
        const rank = rankOf(value, numbers, order !== 0);
        return rank ?? new CellError(ErrorType.NA, 'RANK: giá trị không có trong vùng xếp hạng.');
      },
    );
  }
}

let translationsLoaded = false;

/** Function names are translated per language in a registry HyperFormula shares between engines. */
export function rankFunctionPlugins(): FunctionPluginDefinition[] {
  if (!translationsLoaded) {
    HyperFormula.getLanguage('enGB').extendFunctions({ RANK: 'RANK', 'RANK.EQ': 'RANK.EQ' });
    translationsLoaded = true;
  }
  return [RankPlugin];
}
