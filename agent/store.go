package agent

import (
	"context"

	"github.com/qwenkit/qwenkit/chat"
)

// Store keeps a run's conversation so that it survives a crash. It is the
// part of a memory store the agent needs; an adapter for memory.Store
// fits it.
type Store interface {
	// Messages returns a session's messages in order; a session never
	// written to has none.
	Messages(ctx context.Context, session string) ([]chat.Message, error)
	// Append adds msgs to the end of the session atomically: all of them
	// are stored, or none is.
	Append(ctx context.Context, session string, msgs ...chat.Message) error
}
