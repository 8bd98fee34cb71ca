package grammar

import (
	"errors"
	"sort"
	"testing"
	"time"
)

// TestAutomatonWorkBudget: the automaton work budget trips on a schema of
// nested negated patterns (the allany14 shape) at a threshold that does
// not depend on machine speed nor on what the Index's caches already hold:
// the least limit that compiles is found without an Index (fresh caches),
// and against a warm Index one cell less still fails with the work error
// and the limit itself still compiles.
func TestAutomatonWorkBudget(t *testing.T) {
	schema := []byte(`{"type":"string","allOf":[
		{"not":{"anyOf":[{"pattern":"^....$"},{"pattern":"ab1"},{"pattern":"b12"}]}},
		{"not":{"anyOf":[{"pattern":"^[a-z]*$"},{"pattern":"[0-9][0-9]"}]}},
		{"pattern":"[aA][12].*[zZ]"},{"maxLength":20}]}`)
	compile := func(v Vocabulary, work int) error {
		_, err := CompileJSONSchema(v, schema, Options{Limits: Limits{CompileTime: time.Minute, AutomatonWork: work}})
		return err
	}
	if err := compile(nil, 1000); !errors.Is(err, ErrBudget) || !errors.Is(err, errWork) {
		t.Fatalf("work limit 1000: got %v, want the work budget error", err)
	}
	need := sort.Search(1<<24, func(n int) bool { return n > 0 && compile(nil, n) == nil })
	if need == 1<<24 || need <= 1000 {
		t.Fatalf("least work limit that compiles: %d", need)
	}
	_, ix := qwen(t)
	for range 2 { // the first round may fill the caches, the second finds them warm
		if err := compile(ix, need-1); !errors.Is(err, errWork) {
			t.Errorf("work limit %d (one less than needed) with an Index: got %v, want the work budget error", need-1, err)
		}
		if err := compile(ix, need); err != nil {
			t.Errorf("work limit %d with an Index: %v", need, err)
		}
	}
}
