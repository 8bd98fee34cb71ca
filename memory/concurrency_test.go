package memory

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"github.com/qwenkit/qwenkit/chat"
)

// TestConcurrent runs 16 goroutines over 4 sessions, each appending turns
// and reading and searching what it and the others wrote, at once (run it
// with -race). Readers must never see part of a turn, and in the end every
// turn must be there once, whole, and found by search.
func TestConcurrent(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t, WithSync(SyncNormal), WithReaders(4))
	const goroutines, sessions, turns = 16, 4, 25
	for i := range sessions {
		mustSession(t, s, fmt.Sprintf("s%d", i))
	}
	word := func(g, i int) string { return fmt.Sprintf("uniq%dx%d", g, i) }
	var wg sync.WaitGroup
	errs := make(chan error, goroutines)
	for g := range goroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			session := fmt.Sprintf("s%d", g%sessions)
			for i := range turns {
				w := word(g, i)
				if _, err := s.Append(ctx, session, user("question "+w), assistant("answer "+w)); err != nil {
					errs <- err
					return
				}
				hits, err := s.Search(ctx, w, SearchQuery{Session: session})
				if err != nil {
					errs <- err
					return
				}
				if len(hits) != 2 || hits[0].Session != session {
					errs <- fmt.Errorf("goroutine %d: search %s found %+v", g, w, hits)
					return
				}
				last, err := s.History(ctx, session, HistoryQuery{LastTurns: 1})
				if err != nil {
					errs <- err
					return
				}
				if len(last) != 2 || last[0].Role != chat.User || last[1].Content != "answer"+last[0].Content[len("question"):] {
					errs <- fmt.Errorf("goroutine %d: last turn %+v", g, messagesOf(last))
					return
				}
				if i%5 == 0 {
					if _, err := s.Search(ctx, "question answer "+word((g+1)%goroutines, i/2), SearchQuery{}); err != nil {
						errs <- err
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	for i := range sessions {
		session := fmt.Sprintf("s%d", i)
		h, err := s.History(ctx, session, HistoryQuery{})
		if err != nil {
			t.Fatal(err)
		}
		if len(h) != 2*turns*goroutines/sessions {
			t.Errorf("%s: %d messages, want %d", session, len(h), 2*turns*goroutines/sessions)
		}
		for j := 0; j+1 < len(h); j += 2 {
			if h[j].Seq != j || h[j].Role != chat.User || h[j+1].Content != "answer"+h[j].Content[len("question"):] {
				t.Fatalf("%s: messages %d, %d are not one turn: %+v", session, j, j+1, messagesOf(h[j:j+2]))
			}
		}
	}
	for g := range goroutines {
		for i := range turns {
			hits, err := s.Search(ctx, word(g, i), SearchQuery{})
			if err != nil || len(hits) != 2 || hits[0].Session != fmt.Sprintf("s%d", g%sessions) {
				t.Fatalf("%s: %+v %v", word(g, i), hits, err)
			}
		}
	}
}
