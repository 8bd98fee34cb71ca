package agent

import (
	"context"
	"errors"
	"fmt"

	"github.com/qwenkit/qwenkit/chat"
	"github.com/qwenkit/qwenkit/memory"
	"github.com/qwenkit/qwenkit/tools"
)

// Memory adapts a memory.Store (the SQLite store) to the agent: it is the
// run's Store, and it backs the search_memory and read_document tools.
type Memory struct {
	m memory.Store
}

// NewMemory wraps m.
func NewMemory(m memory.Store) *Memory { return &Memory{m: m} }

// Messages reads the session's whole history; a session that does not exist
// yet has none.
func (a *Memory) Messages(ctx context.Context, session string) ([]chat.Message, error) {
	entries, err := a.m.History(ctx, session, memory.HistoryQuery{})
	if errors.Is(err, memory.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	msgs := make([]chat.Message, len(entries))
	for i, e := range entries {
		msgs[i] = e.Message
	}
	return msgs, nil
}

// Append stores msgs in one transaction, creating the session first if it
// does not exist.
func (a *Memory) Append(ctx context.Context, session string, msgs ...chat.Message) error {
	_, err := a.m.Append(ctx, session, msgs...)
	if errors.Is(err, memory.ErrNotFound) {
		if _, cerr := a.m.CreateSession(ctx, memory.NewSession{ID: session}); cerr != nil && !errors.Is(cerr, memory.ErrExists) {
			return cerr
		}
		_, err = a.m.Append(ctx, session, msgs...)
	}
	return err
}

// Prompt returns the system prompt and the session's most recent turns that
// fit in budget tokens (memory.Store.Context).
func (a *Memory) Prompt(ctx context.Context, session, system string, budget int) ([]chat.Message, error) {
	c, err := a.m.Context(ctx, memory.ContextRequest{Session: session, System: system, Budget: budget, RecallLimit: -1})
	if err != nil {
		return nil, err
	}
	return c.Messages, nil
}

// Searcher returns the search_memory backend for one session: its own
// messages and every document.
func (a *Memory) Searcher(session string) tools.MemorySearcher {
	return searcher{a.m, session}
}

type searcher struct {
	m       memory.Store
	session string
}

func (s searcher) SearchMemory(ctx context.Context, query string, limit int) ([]tools.MemoryHit, error) {
	hits, err := s.m.Search(ctx, query, memory.SearchQuery{Session: s.session, Messages: true, Documents: true, Limit: limit})
	if err != nil {
		return nil, err
	}
	out := make([]tools.MemoryHit, len(hits))
	for i, h := range hits {
		out[i] = tools.MemoryHit{Kind: string(h.Kind), Text: h.Text, Role: string(h.Role), Document: h.Document, Seq: h.Seq}
	}
	return out, nil
}

// DocumentChunks returns a document's chunk texts in order.
func (a *Memory) DocumentChunks(ctx context.Context, name string) ([]string, error) {
	chunks, err := a.m.Chunks(ctx, name)
	if errors.Is(err, memory.ErrNotFound) {
		return nil, fmt.Errorf("%w: %v", tools.ErrNoDocument, err)
	}
	if err != nil {
		return nil, err
	}
	out := make([]string, len(chunks))
	for i, c := range chunks {
		out[i] = c.Text
	}
	return out, nil
}

// DocumentNames lists the stored documents.
func (a *Memory) DocumentNames(ctx context.Context) ([]string, error) {
	docs, err := a.m.Documents(ctx)
	if err != nil {
		return nil, err
	}
	names := make([]string, len(docs))
	for i, d := range docs {
		names[i] = d.Name
	}
	return names, nil
}

// WithMemory stores the run in session of m (as WithStore) and offers the
// search_memory and read_document tools over m.
func WithMemory(m memory.Store, session string) Option {
	return func(c *config) error {
		if m == nil {
			return fmt.Errorf("agent: nil memory store")
		}
		a := NewMemory(m)
		if err := WithStore(a, session)(c); err != nil {
			return err
		}
		search, err := tools.SearchMemory(a.Searcher(session))
		if err != nil {
			return err
		}
		read, err := tools.ReadDocument(a)
		if err != nil {
			return err
		}
		return WithTools(search, read)(c)
	}
}
