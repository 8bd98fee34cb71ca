package sdk

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/qwenkit/qwenkit/chat"
	"github.com/qwenkit/qwenkit/runtime/synth"
)

// BenchmarkSecondTurnTTFT measures what prefix reuse saves: the time to the
// first token of a conversation's second turn when the first turn's KV cache
// is reused, against the same prompt computed cold, and against the cold
// first turn. The model is synthesized: Qwen2.5-0.5B's shape cut to 4 layers
// (Q8_0), with Qwen2.5's real vocabulary; the first turn is about 300
// tokens. Reported per request (MaxTokens 1, so ns/op is about the time to
// first token) and as ttft-ms, the engine's own Usage.TimeToFirstToken.
//
//	go test ./sdk -run '^$' -bench SecondTurnTTFT -benchtime 10x
func BenchmarkSecondTurnTTFT(b *testing.B) {
	tok := qwenTokenizer(b)
	path := filepath.Join(b.TempDir(), "qwen2.5-0.5b-4l.gguf")
	if err := synth.Write(path, synth.Options{Shape: "qwen2.5-0.5b", Layers: 4, Type: "q8_0", Seed: 1, Vocabulary: tok}); err != nil {
		b.Fatal(err)
	}
	warm, err := Open(path, WithContext(2048))
	if err != nil {
		b.Fatal(err)
	}
	defer warm.Close()
	cold, err := Open(path, WithContext(2048), WithCachePool(0))
	if err != nil {
		b.Fatal(err)
	}
	defer cold.Close()
	ctx := context.Background()

	doc := strings.Repeat("The quarterly report lists revenue, costs and the outlook for each region in turn. ", 17)
	turn1 := []chat.Message{{Role: chat.System, Content: "You are a helpful assistant."}, {Role: chat.User, Content: "Summarize this report:\n" + doc}}
	r1, err := Complete(ctx, warm, Request{Messages: turn1, MaxTokens: 16})
	if err != nil {
		b.Fatal(err)
	}
	turn2 := append(append([]chat.Message(nil), turn1...), r1.Message(), chat.Message{Role: chat.User, Content: "And the outlook for Europe?"})
	b.Logf("first turn: %d prompt tokens; second turn: %d", r1.Usage.PromptTokens, promptLen(b, warm, turn2))

	measure := func(b *testing.B, l *Local, msgs []chat.Message, before func()) {
		var ttft time.Duration
		var cached int
		for b.Loop() {
			if before != nil {
				b.StopTimer()
				before()
				b.StartTimer()
			}
			r, err := Complete(ctx, l, Request{Messages: msgs, MaxTokens: 1})
			if err != nil {
				b.Fatal(err)
			}
			ttft += r.Usage.TimeToFirstToken
			cached = r.Usage.CachedTokens
		}
		b.ReportMetric(float64(ttft.Microseconds())/1000/float64(b.N), "ttft-ms")
		b.ReportMetric(float64(cached), "cached-tokens")
	}
	b.Run("first-turn-cold", func(b *testing.B) { measure(b, cold, turn1, nil) })
	b.Run("second-turn-cold", func(b *testing.B) { measure(b, cold, turn2, nil) })
	b.Run("second-turn-reused", func(b *testing.B) {
		measure(b, warm, turn2, func() {
			// The first turn, as the conversation had it, leaves its cache.
			if _, err := Complete(ctx, warm, Request{Messages: turn1, MaxTokens: 16}); err != nil {
				b.Fatal(err)
			}
		})
	})
}

func promptLen(b *testing.B, l *Local, msgs []chat.Message) int {
	g, err := l.start(Request{Messages: msgs})
	if err != nil {
		b.Fatal(err)
	}
	return len(g.prompt)
}
