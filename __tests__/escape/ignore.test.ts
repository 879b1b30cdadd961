import { allowReason, findAllowDirectives } from '../../src/escape/ignore.js';
import { scanGoFile } from '../../src/escape/functions.js';

const src = `package p

func A() *int {
	x := 1 //runtimegate:allow-escape returned on purpose
	return &x
}

func B() any {
	//runtimegate:allow-escape boxing is fine here

	return 42
}

// C builds the table once.
//
//runtimegate:allow-escape built once at start-up
func C() []int {
	return make([]int, 10)
}

func D() {
	s := "//runtimegate:allow-escape inside a string is not a directive"
	_ = s
	//runtimegate:allow-escape
	_ = new(int)
	//runtimegate:allow-escapes wrong word
	_ = new(int)
}
`;

describe('allow directives', () => {
  const scan = findAllowDirectives(scanGoFile(src));

  it('covers its own line when trailing', () => {
    expect(allowReason(scan, 4)).toBe('returned on purpose');
    expect(allowReason(scan, 5)).toBeUndefined();
  });

  it('covers the next line with code when on a line of its own', () => {
    expect(allowReason(scan, 11)).toBe('boxing is fine here');
    expect(allowReason(scan, 10)).toBeUndefined();
  });

  it('covers the whole function from its doc comment', () => {
    for (const line of [17, 18, 19]) expect(allowReason(scan, line)).toBe('built once at start-up');
    expect(allowReason(scan, 21)).toBeUndefined();
  });

  it('ignores strings and other words, and rejects a directive without a reason', () => {
    expect(scan.directives.map((d) => d.line)).toEqual([4, 9, 16]);
    expect(allowReason(scan, 25)).toBeUndefined();
    expect(allowReason(scan, 27)).toBeUndefined();
    expect(scan.problems).toEqual([{ line: 24, message: expect.stringContaining('needs a reason') }]);
  });
});
