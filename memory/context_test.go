package memory

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/qwenkit/qwenkit/chat"
	"github.com/qwenkit/qwenkit/sdk/chatml"
)

// promptTokens renders msgs as the sdk will and encodes them with Qwen2.5's
// tokenizer: the real size of the prompt.
func promptTokens(t *testing.T, msgs []chat.Message) int {
	t.Helper()
	p, err := chatml.Render(msgs, chatml.Options{AddGenerationPrompt: true})
	if err != nil {
		t.Fatal(err)
	}
	ids, err := p.Tokens(qwen(t))
	if err != nil {
		t.Fatal(err)
	}
	return len(ids)
}

// checkWhole fails if a tool result in msgs is not preceded, within its
// run, by the assistant message that made its call.
func checkWhole(t *testing.T, msgs []chat.Message) {
	t.Helper()
	for i, m := range msgs {
		if m.Role != chat.Tool {
			continue
		}
		j := i - 1
		for j >= 0 && msgs[j].Role == chat.Tool {
			j--
		}
		found := false
		if j >= 0 {
			for _, c := range msgs[j].ToolCalls {
				found = found || c.ID == m.ToolCallID
			}
		}
		if !found {
			t.Errorf("tool result %d (%s) without its call", i, m.ToolCallID)
		}
	}
}

func buildConversation(t *testing.T, s *SQLite, id string, turns int) []chat.Message {
	mustSession(t, s, id)
	c := newCorpus(11)
	var all []chat.Message
	for i := range turns {
		msgs := []chat.Message{user(fmt.Sprintf("Turn %d: %s", i, c.text(5, 30)))}
		mustAppend(t, s, id, msgs...)
		if i%3 == 1 {
			callID := fmt.Sprintf("call_%d", i)
			st := step(callID, "lookup", fmt.Sprintf(`{"q": %q}`, c.word()), c.text(10, 40))
			mustAppend(t, s, id, st...)
			msgs = append(msgs, st...)
		}
		a := assistant(c.text(10, 50))
		mustAppend(t, s, id, a)
		all = append(all, append(msgs, a)...)
	}
	return all
}

func TestContextBudget(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t, WithCounter(qwen(t)))
	all := buildConversation(t, s, "s", 60)
	if _, err := s.AddDocument(ctx, "manual", "The zeppelin hangar opens at dawn. Mooring masts need inspection weekly."); err != nil {
		t.Fatal(err)
	}
	for _, budget := range []int{120, 300, 700, 1500, 4000, 100000} {
		for _, system := range []string{"", "You answer briefly."} {
			req := ContextRequest{Session: "s", System: system, User: "Tell me about the zeppelin hangar again.", Budget: budget}
			out, err := s.Context(ctx, req)
			if err != nil {
				t.Fatalf("budget %d: %v", budget, err)
			}
			real := promptTokens(t, out.Messages)
			if out.Tokens > budget || real > out.Tokens {
				t.Errorf("budget %d: counted %d, real %d", budget, out.Tokens, real)
			}
			if budget == 100000 && real != out.Tokens {
				t.Errorf("counted %d, real %d: the count should be exact here", out.Tokens, real)
			}
			msgs := out.Messages
			if last := msgs[len(msgs)-1]; !reflect.DeepEqual(last, user(req.User)) {
				t.Errorf("budget %d: last message %+v", budget, last)
			}
			if system != "" && !reflect.DeepEqual(msgs[0], chat.Message{Role: chat.System, Content: system}) {
				t.Errorf("budget %d: first message %+v", budget, msgs[0])
			}
			checkWhole(t, msgs)
			// The recent window is whole newest turns.
			h := out.History
			if len(h) > 0 {
				if h[0].Role != chat.User || h[len(h)-1].Seq != len(all)-1 {
					t.Errorf("budget %d: window from %d (%s) to %d", budget, h[0].Seq, h[0].Role, h[len(h)-1].Seq)
				}
				if !reflect.DeepEqual(messagesOf(h), all[h[0].Seq:]) {
					t.Errorf("budget %d: window is not the history's tail", budget)
				}
			}
			if budget == 100000 && (len(h) != len(all) || len(out.Recalled) != 1 || out.Recalled[0].Kind != KindDocument) {
				t.Errorf("everything fits: %d of %d messages, recalled %+v", len(h), len(all), out.Recalled)
			}
			for _, hit := range out.Recalled {
				if hit.Kind == KindMessage && len(h) > 0 && hit.Seq >= h[0].Seq {
					t.Errorf("budget %d: recalled message %d is in the window", budget, hit.Seq)
				}
			}
			if len(out.Recalled) > 0 {
				rm := msgs[1]
				if rm.Role != chat.System || !strings.HasPrefix(rm.Content, RecallHeader) || !strings.Contains(rm.Content, out.Recalled[0].Text) {
					t.Errorf("budget %d: recall message %+v", budget, rm)
				}
			}
		}
	}
	if _, err := s.Context(ctx, ContextRequest{Session: "s", System: strings.Repeat("long ", 50), User: "hi", Budget: 20}); !errors.Is(err, ErrBudget) {
		t.Errorf("tiny budget: %v", err)
	}
}

func TestContextRecall(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t, WithCounter(qwen(t)))
	mustSession(t, s, "s")
	mustAppend(t, s, "s", user("My locker code is 4417, remember it."), assistant("Noted: locker code 4417."))
	c := newCorpus(5)
	for range 40 {
		mustAppend(t, s, "s", user(c.text(20, 40)), assistant(c.text(20, 40)))
	}
	out, err := s.Context(ctx, ContextRequest{Session: "s", System: "Be helpful.", User: "What is my locker code?", Budget: 800, RecallBudget: 200})
	if err != nil {
		t.Fatal(err)
	}
	if len(out.Recalled) == 0 || out.Recalled[0].Seq > 1 || !strings.Contains(out.Messages[1].Content, "4417") {
		t.Fatalf("recalled %+v", out.Recalled)
	}
	if out.History[0].Seq < 2 {
		t.Error("the window reaches the first turn; the test needs it not to")
	}
	// RecallLimit < 0 turns recall off; the window then gets the reserve.
	off, err := s.Context(ctx, ContextRequest{Session: "s", System: "Be helpful.", User: "What is my locker code?", Budget: 800, RecallLimit: -1})
	if err != nil {
		t.Fatal(err)
	}
	if len(off.Recalled) != 0 || len(off.History) < len(out.History) {
		t.Errorf("without recall: %d recalled, window %d vs %d", len(off.Recalled), len(off.History), len(out.History))
	}
}

// TestContextNewestSteps: an agent in the middle of a long turn (no new
// user message) gets the newest whole steps when the turn does not fit.
func TestContextNewestSteps(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t, WithCounter(qwen(t)))
	mustSession(t, s, "s")
	mustAppend(t, s, "s", user("Research this in depth."))
	c := newCorpus(9)
	for i := range 12 {
		mustAppend(t, s, "s", step(fmt.Sprintf("c%d", i), "search", `{"q": "x"}`, c.text(40, 60))...)
	}
	out, err := s.Context(ctx, ContextRequest{Session: "s", System: "Agent.", Budget: 600})
	if err != nil {
		t.Fatal(err)
	}
	h := out.History
	if len(h) < 2 || len(h)%2 != 0 || h[0].Role != chat.Assistant || h[len(h)-1].Seq != 24 {
		t.Fatalf("window %d messages from %d", len(h), h[0].Seq)
	}
	checkWhole(t, out.Messages)
	if real := promptTokens(t, out.Messages); real > 600 {
		t.Errorf("real tokens %d", real)
	}
}
