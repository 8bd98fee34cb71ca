package grammar

import (
	"math/rand"
	"regexp"
	"testing"
)

// TestRegexMatchesGoRegexp compares the byte automata with Go's regexp on
// random strings, for patterns whose meaning is the same in ECMA-262 and RE2.
func TestRegexMatchesGoRegexp(t *testing.T) {
	patterns := []string{
		`^markdown_prices$`, `abc`, `^a+b*$`, `^(ab|cd){2,4}$`, `[0-9]{3}-[a-c]+`, `^$`, `x?y?z?$`,
		`^[^a]*a[^a]*$`, `(?i)^AbC$`, `^.{2,5}$`, `^[a-c]{0,3}d`, `b$`, `^(a|ab)(c|bcd)$`, `^\d+(\.\d+)?$`,
		`é+`, `^[α-ω]+$`, `^\w+@\w+$`,
	}
	alphabet := []string{"a", "b", "c", "d", "x", "y", "z", "0", "1", "-", ".", "@", "é", "α", "\n", "_", "A", "B", "C"}
	rng := rand.New(rand.NewSource(1))
	for _, p := range patterns {
		re, err := parseRegex(p, true)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		d, err := regexToDFA(re, true, true, defaultBudget())
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		goRe := regexp.MustCompile(p)
		for i := 0; i < 3000; i++ {
			n := rng.Intn(8)
			s := ""
			for j := 0; j < n; j++ {
				s += alphabet[rng.Intn(len(alphabet))]
			}
			if p == `^markdown_prices$` && i == 0 {
				s = "markdown_prices"
			}
			if got, want := d.matches([]byte(s)), goRe.MatchString(s); got != want {
				t.Errorf("%s on %q: automaton %v, regexp %v", p, s, got, want)
			}
		}
	}
}
