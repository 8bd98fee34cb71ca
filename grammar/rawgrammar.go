package grammar

import (
	"fmt"
	"regexp/syntax"
)

// CompileRegex compiles a grammar whose whole output must match the
// regular expression (Go/RE2 syntax, matched against the entire output).
// The automaton is bounded by o.Limits.AutomatonStates.
func CompileRegex(voc Vocabulary, pattern string, o Options) (*Grammar, error) {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return nil, fmt.Errorf("grammar: regex %q: %w", pattern, err)
	}
	return compileRaw(voc, &o, func(b *budget) (*dfa, error) { return regexToDFA(re, false, false, b) })
}

// CompileChoice compiles a grammar whose output is exactly one of the
// given strings.
func CompileChoice(voc Vocabulary, choices []string, o Options) (*Grammar, error) {
	if len(choices) == 0 {
		return nil, fmt.Errorf("grammar: no choices")
	}
	return compileRaw(voc, &o, func(b *budget) (*dfa, error) {
		ws := make([][]byte, len(choices))
		for i, c := range choices {
			ws[i] = []byte(c)
		}
		return literalDFA(ws, b)
	})
}

func compileRaw(voc Vocabulary, o *Options, build func(*budget) (*dfa, error)) (*Grammar, error) {
	v, err := indexOf(voc)
	if err != nil {
		return nil, err
	}
	g := newGrammar(v, o)
	d, err := build(newBudget(g.lim))
	if err != nil {
		return nil, fmt.Errorf("grammar: %w", err)
	}
	if !d.liveState(0) {
		return nil, fmt.Errorf("grammar: the expression matches nothing")
	}
	g.start = frame{kind: kRaw, d: d}
	return g, nil
}
