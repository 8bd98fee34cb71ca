package grammar

import (
	"errors"
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

// budget tracks one compilation against its Limits.
type budget struct {
	deadline  time.Time
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
