package memory

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/qwenkit/qwenkit/chat"
	"github.com/qwenkit/qwenkit/sdk/chatml"
)

// ContextRequest asks for the messages to send for a new user turn.
type ContextRequest struct {
	// Session is the conversation so far; empty for none.
	Session string
	// System is the system prompt. Empty means the chat template's default
	// one, whose tokens are reserved.
	System string
	// User is the new user turn; empty when the caller continues a turn
	// already in the history (an agent between tool calls).
	User string
	// Budget is the most tokens the prompt may take: every message
	// returned with its ChatML framing, and the header that opens the
	// reply. Leave out of it the room for tool definitions and the reply.
	Budget int
	// RecallBudget is set aside for recalled memory before recent turns
	// are chosen; 0 means recall gets what recent turns leave.
	RecallBudget int
	// RecallLimit caps the search hits considered for recall (default 8);
	// < 0 turns recall off.
	RecallLimit int
}

// Context is a prompt within a budget.
type Context struct {
	// Messages, in order: the system prompt, the recalled memory (a system
	// message, if any hit fit), the recent history, the new user turn.
	Messages []chat.Message
	// Tokens is an upper bound on the prompt's tokens; it is <= Budget.
	Tokens int
	// History is the recent messages included, as stored.
	History []Entry
	// Recalled is the hits in the recalled-memory message, in its order.
	Recalled []Hit
}

// RecallHeader opens the system message that carries recalled memory.
const RecallHeader = "Recalled memory: older parts of this conversation and documents that match the new message. They may be out of date."

// Context builds the prompt for a new user turn within req.Budget tokens,
// counted with the store's counter, ChatML framing included:
//
//  1. the system prompt and the new user turn, always (ErrBudget if they
//     alone do not fit);
//  2. then as many of the session's most recent turns as fit, whole and
//     contiguous (a tool call is never separated from its results; if even
//     the newest turn does not fit, its newest whole steps that fit);
//  3. then, in the budget left, the best search hits for the new turn
//     among the session's older messages and the documents, best first,
//     in one system message after the system prompt, opened by
//     RecallHeader.
//
// It reads one snapshot of the store. Its cost is a few indexed reads of
// the recent turns plus one search.
func (s *SQLite) Context(ctx context.Context, req ContextRequest) (Context, error) {
	tx, err := s.r.BeginTx(ctx, nil)
	if err != nil {
		return Context{}, fmt.Errorf("memory: %s: build context: %w", s.path, classify(err))
	}
	defer tx.Rollback()
	out, err := s.buildContext(ctx, tx, req)
	if err != nil {
		return Context{}, fmt.Errorf("memory: %s: build context for session %q: %w", s.path, req.Session, classify(err))
	}
	return out, nil
}

func (s *SQLite) buildContext(ctx context.Context, tx *sql.Tx, req ContextRequest) (Context, error) {
	var out Context
	system := chat.Message{Role: chat.System, Content: req.System}
	if req.System == "" {
		system.Content = chatml.DefaultSystem
	}
	fixed := s.prompt.reply + s.prompt.message(system)
	user := chat.Message{Role: chat.User, Content: req.User}
	if req.User != "" {
		fixed += s.prompt.message(user)
	}
	if fixed > req.Budget {
		return out, fmt.Errorf("%w: the system prompt and the new turn take %d tokens, the budget is %d", ErrBudget, fixed, req.Budget)
	}
	left := req.Budget - fixed
	reserve := min(max(req.RecallBudget, 0), left)

	// Recent turns.
	var sid int64 = -1
	if req.Session != "" {
		var err error
		if sid, err = sessionKey(ctx, tx, req.Session); err != nil {
			return out, err
		}
		recent, used, err := s.recent(ctx, tx, sid, left-reserve)
		if err != nil {
			return out, err
		}
		out.History = recent
		left -= used
	}

	// Recalled memory.
	var recall chat.Message
	if req.User != "" && req.RecallLimit >= 0 && left > 0 {
		limit := req.RecallLimit
		if limit == 0 {
			limit = 8
		}
		skip := int64(-1)
		if len(out.History) > 0 {
			skip = out.History[0].ID
		}
		q := SearchQuery{Session: req.Session, Messages: req.Session != "", Documents: true, Limit: limit}
		hits, err := s.search(ctx, tx, req.User, q, skip)
		if err != nil {
			return out, err
		}
		recall, out.Recalled = s.recallMessage(hits, left)
		if len(out.Recalled) > 0 {
			left -= s.prompt.message(recall)
		}
	}

	if req.System != "" || len(out.Recalled) > 0 {
		out.Messages = append(out.Messages, system)
	}
	if len(out.Recalled) > 0 {
		out.Messages = append(out.Messages, recall)
	}
	for _, e := range out.History {
		out.Messages = append(out.Messages, e.Message)
	}
	if req.User != "" {
		out.Messages = append(out.Messages, user)
	}
	out.Tokens = req.Budget - left
	return out, nil
}

// tokens returns e's token count: the stored one if the store's counter
// made it, else a fresh count.
func (s *SQLite) tokens(e Entry) int {
	if s.exact {
		return e.Tokens
	}
	return s.prompt.message(e.Message)
}

// recent returns the longest run of whole newest turns of session sid that
// fits in budget tokens, and the tokens it takes. If not even the newest
// turn fits, it returns that turn's newest whole steps that fit.
func (s *SQLite) recent(ctx context.Context, tx *sql.Tx, sid int64, budget int) ([]Entry, int, error) {
	for n := 4; ; n *= 2 {
		start, err := turnStart(ctx, tx, sid, n)
		if err != nil {
			return nil, 0, err
		}
		entries, err := readHistory(ctx, tx, sid, start, -1)
		if err != nil {
			return nil, 0, err
		}
		turns := splitTurns(entries)
		used, keep := 0, len(entries)
		for i := len(turns) - 1; i >= 0; i-- {
			t := 0
			for _, e := range turns[i] {
				t += s.tokens(e)
			}
			if used+t > budget {
				if i == len(turns)-1 {
					return s.newestSteps(turns[i], budget)
				}
				return entries[keep:], used, nil
			}
			used += t
			keep -= len(turns[i])
		}
		// Everything read fits: done if that was the whole session.
		if start == 0 || len(turns) < n {
			return entries, used, nil
		}
	}
}

// splitTurns cuts entries before each user message.
func splitTurns(entries []Entry) [][]Entry {
	var turns [][]Entry
	for i, e := range entries {
		if i == 0 || e.Role == chat.User {
			turns = append(turns, nil)
		}
		turns[len(turns)-1] = append(turns[len(turns)-1], e)
	}
	return turns
}

// newestSteps returns the newest whole steps of one turn that fit in
// budget: a step is an assistant message with the tool results that follow
// it, or any other single message.
func (s *SQLite) newestSteps(turn []Entry, budget int) ([]Entry, int, error) {
	used, keep := 0, len(turn)
	i := len(turn)
	for i > 0 {
		j := i - 1
		for j > 0 && turn[j].Role == chat.Tool {
			j-- // tool results belong to the call before them
		}
		t := 0
		for _, e := range turn[j:i] {
			t += s.tokens(e)
		}
		if used+t > budget {
			break
		}
		used += t
		keep = j
		i = j
	}
	return turn[keep:], used, nil
}

// recallMessage packs hits, best first, into one system message of at most
// budget tokens, skipping any hit that does not fit.
func (s *SQLite) recallMessage(hits []Hit, budget int) (chat.Message, []Hit) {
	used := s.prompt.message(chat.Message{Role: chat.System, Content: RecallHeader})
	var items []string
	var kept []Hit
	for _, h := range hits {
		var item string
		if h.Kind == KindDocument {
			item = fmt.Sprintf("\n\n[%d] document %q, part %d:\n%s", len(kept)+1, h.Document, h.Seq+1, h.Text)
		} else {
			item = fmt.Sprintf("\n\n[%d] %s, message %d of this conversation:\n%s", len(kept)+1, h.Role, h.Seq, h.Text)
		}
		if t := s.count(item); used+t <= budget {
			used += t
			items = append(items, item)
			kept = append(kept, h)
		}
	}
	// The pieces were counted apart; make sure the whole fits too.
	for ; len(kept) > 0; items, kept = items[:len(items)-1], kept[:len(kept)-1] {
		m := chat.Message{Role: chat.System, Content: RecallHeader + strings.Join(items, "")}
		if s.prompt.message(m) <= budget {
			return m, kept
		}
	}
	return chat.Message{}, nil
}
