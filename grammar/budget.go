package grammar

import (
	"errors"
	"fmt"
	"time"
)

// ErrBudget is wrapped by every error that reports an exceeded limit.
var ErrBudget = errors.New("grammar budget exceeded")

// Limits bound what one compilation may cost. Zero fields take the defaults.
type Limits struct {
	// CompileTime bounds the wall time of one compilation (default 1s).
	CompileTime time.Duration
	// AutomatonStates bounds the states of any one automaton (default 20000).
	AutomatonStates int
	// AutomatonWork bounds the automaton table cells (states times input
	// classes) one compilation builds in all, counted over every product,
	// intersection, complement, string and pattern automaton, whether built
	// or taken from a cache (default 8 million). Unlike CompileTime it does
	// not depend on machine speed or load.
	AutomatonWork int
	// SchemaDepth bounds the nesting of subschemas walked while compiling (default 64).
	SchemaDepth int
	// Nodes bounds the number of compiled schema nodes (default 20000).
	Nodes int
	// StackDepth bounds the nesting of values while matching (default 64):
	// deeper output is rejected.
	StackDepth int
	// Branches bounds the alternatives the matcher tracks at once (default 64):
	// more is rejected.
	Branches int
}

func (l Limits) withDefaults() Limits {
	if l.CompileTime <= 0 {
		l.CompileTime = time.Second
	}
	if l.AutomatonStates <= 0 {
		l.AutomatonStates = 20000
	}
	if l.AutomatonWork <= 0 {
		l.AutomatonWork = defaultAutomatonWork
	}
	if l.SchemaDepth <= 0 {
		l.SchemaDepth = 64
	}
	if l.Nodes <= 0 {
		l.Nodes = 20000
	}
	if l.StackDepth <= 0 {
		l.StackDepth = 64
	}
	if l.Branches <= 0 {
		l.Branches = 64
	}
	return l
}

const defaultAutomatonWork = 8 << 20

// budget tracks one compilation against its Limits.
type budget struct {
	deadline  time.Time
	work      int // table cells built (or taken from a cache) so far
	dfaStates int
	nfaStates int
	nodes     int
	lim       Limits
	ticks     int
}

func newBudget(l Limits) *budget {
	return &budget{deadline: time.Now().Add(l.CompileTime), dfaStates: l.AutomatonStates, nfaStates: 4 * l.AutomatonStates, lim: l}
}

var errTime = errors.New("compile time limit exceeded")

// check returns an error once the deadline has passed (checked every 64 calls).
func (b *budget) check() error {
	b.ticks++
	if b.ticks&63 == 0 && time.Now().After(b.deadline) {
		return errors.Join(ErrBudget, errTime)
	}
	return nil
}

var errWork = errors.New("automaton work limit exceeded")

// charge counts n table cells of automaton work and fails once the
// compilation's total passes Limits.AutomatonWork. A cached automaton is
// charged the work its construction was charged, so the total does not
// depend on what earlier compilations left in a cache.
func (b *budget) charge(n int) error {
	b.work += n
	if b.work > b.lim.AutomatonWork {
		return errors.Join(ErrBudget, fmt.Errorf("%w: automata need more than %d table cells", errWork, b.lim.AutomatonWork))
	}
	return nil
}
