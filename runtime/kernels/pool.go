package kernels

import (
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/qwenkit/qwenkit/runtime/quant"
)

// minParallelWork is the number of multiply-adds below which an operation runs
// on the calling goroutine alone: waking a parked worker costs a few
// microseconds, more than small products take.
const minParallelWork = 1 << 15

// spinTime is how long an idle worker polls for the next operation before it
// parks (and how long the caller polls for the workers to finish). A forward
// pass issues its operations microseconds apart, so a worker that polls
// catches the next one without a wake-up through the scheduler, which costs
// far more; one that finds nothing parks and uses no CPU. Measured on
// Qwen2.5-0.5B Q4_0 decode, two threads (BenchmarkFileDecode, medians of
// interleaved runs): a fixed 2,000 polls 10.8 ms per token, 20 µs 9.5,
// 100 µs 9.4, 500 µs 9.9.
const spinTime = 100 * time.Microsecond

// spinning polls done (every call, with a yield every 64) until it reports
// true or spinTime has passed, and reports whether it did.
func spinning(done func() bool) bool {
	var start time.Time
	for r := 0; ; r++ {
		if done() {
			return true
		}
		if r%64 == 63 {
			if r == 63 {
				start = time.Now()
			} else if time.Since(start) > spinTime {
				return false
			}
			runtime.Gosched()
		}
	}
}

// chunksPerThread is how many pieces a guided phase is cut into per thread.
const chunksPerThread = 8

// schedule is how a phase cuts its range [0, n) into the chunks the threads
// claim.
type schedule int

const (
	// guided: chunks shrink from half of what is left per thread down to
	// an eighth of a share, so that a thread the operating system delays
	// leaves most of its share to the others and the threads finish within
	// an eighth of a share of each other. For products over many tokens,
	// whose chunks are long in time.
	guided schedule = iota
	// shares: one contiguous share per thread (n/threads, rounded up to
	// align), claimed in turn by whichever thread is free, so that a thread
	// that starts late leaves its whole share to the others. For one-token
	// products, which stream their weights from memory: each thread's
	// kernel call then reads one long range as a few long streams instead
	// of restarting its streams (and the hardware prefetchers' ramp) at
	// every chunk. 0.5B decode's weight read rate as a share of a read
	// probe's, per-token pairs, medians of 115 tokens, guided → shares:
	// Q4_0 interleaved 0.831–0.839 → 0.888–0.891, Q8_0 interleaved
	// 0.910–0.911 → 0.941–0.944, the Q4_K_M file interleaved 0.843–0.859
	// → 0.879–0.881, Q4_0 row-major 0.782–0.783 → 0.820–0.836. A quarter
	// of each share left to pieces that either thread claims evened the
	// threads' finishing times (0.5B Q4_K_M, the FFN's gate/up phase:
	// 0.53–0.70 ms per token between the threads' ends → 0.11–0.14) but
	// not the phase's (5.39–5.62 ms per token → 5.82–5.83): presumably the
	// thread that finishes last reads alone at the whole memory rate, and
	// the pieces restart the streams.
	shares
)

// scheduleFor is the schedule of a product over n tokens: shares for one.
func scheduleFor(n int) schedule {
	if n == 1 {
		return shares
	}
	return guided
}

// Worker states (Pool.state): what a worker is doing between operations.
const (
	workerParked   = iota // blocked on its wake channel
	workerSpinning        // polling its state
	workerWoken           // given an operation
)

// Caller states (Pool.caller): how the goroutine that started a phase waits
// for the workers. The last worker to finish sets callerDone, and sends on
// Pool.done only when the caller has parked, so that a phase whose workers
// finish while the caller polls costs no channel operation.
const (
	callerPolling = iota // polling Pool.caller
	callerParked         // blocked on Pool.done
	callerDone           // the phase's workers have all finished
)

// Pool is a fixed set of threads that the products and attention of this
// package split their work over: the calling goroutine plus Threads()−1
// worker goroutines that stay parked (or poll briefly) between operations,
// so that an operation costs no goroutine start, no allocation and, while the
// workers are still polling, no wake-up. Work is handed out in chunks from an
// atomic counter (shrinking ones for products over many tokens, a share per
// thread for one-token products; see schedule), so a thread that the
// operating system delays leaves its share, or most of it, to the others.
//
// One operation runs at a time: callers on several goroutines (forward
// passes over distinct caches) take turns, operation by operation. A nil
// *Pool is valid and runs everything on the calling goroutine, with Exact
// products. Close stops the workers.
type Pool struct {
	threads int
	mu      sync.Mutex // held for the whole of one operation

	// The current operation; written under mu before the workers are woken.
	op    opArgs
	fn    func(o *opArgs, lo, hi, thread int)
	n     int
	grain int // the smallest chunk (a share, under the shares schedule)
	align int // chunk boundaries are multiples of align

	next    atomic.Int64    // first index not yet handed out
	pending atomic.Int32    // woken workers that have not finished
	caller  atomic.Int32    // callerPolling, callerParked or callerDone
	done    chan struct{}   // the last worker's signal to a parked caller
	state   []atomic.Int32  // per worker: workerParked, workerSpinning, workerWoken
	wake    []chan struct{} // per worker
	scratch [][]float32     // per thread, grown on demand
	rows    [][]byte        // per thread: weight rows copied out of an interleaved layout
	act     []byte          // quantized activations, grown on demand
	act2    []byte          // FFNStep's down-projection activation, grown on demand
	blocks  []atomic.Int32  // FFNStep: per block of act2, the hidden rows finished by threads that share it
	attn    []float32       // one decoding step's partial attention results, grown on demand
	closed  bool

	products Products
}

// opArgs are the operands of one operation. The pool keeps one, so that
// starting an operation allocates nothing.
type opArgs struct {
	dst, x        []float32
	w             Matrix
	rb            int // w.RowBytes()
	prods         [maxShared]prod
	nProds        int
	n, start      int
	q, out        []float32
	kv            *KVCache
	shape         AttentionShape
	act           []byte // activations quantized once per operation (shared by all threads)
	actRow        int    // bytes of one quantized activation row
	actType       quant.Type
	actCols       int
	actSrc        []float32
	actUp         []float32      // MatMulSwiGLU's up: actSrc becomes SwiGLU(actSrc, actUp) as it is quantized
	packed        []byte         // the activations packed for vecdot.RowsPacked, or nil
	downAct       []byte         // FFNStep: the down projection's activation, formed by its first phase
	downType      quant.Type     // its type
	blocks        []atomic.Int32 // FFNStep: per block of downAct, the hidden rows finished (Pool.blocks)
	packType      quant.Type     // the weight type they are packed for
	step          AttentionStep
	stepQuantized bool // AttentionStep's (or FFNStep's gate and up) products are quantized
	pool          *Pool
}

// NewPool starts a pool of threads threads (the calling goroutine counts as
// one; threads <= 0 means runtime.GOMAXPROCS(0)) whose products on quantized
// weights are of kind products. It costs threads−1 parked goroutines until
// Close.
func NewPool(threads int, products Products) *Pool {
	if threads <= 0 {
		threads = runtime.GOMAXPROCS(0)
	}
	p := &Pool{
		threads:  threads,
		done:     make(chan struct{}, 1),
		state:    make([]atomic.Int32, threads-1),
		wake:     make([]chan struct{}, threads-1),
		scratch:  make([][]float32, threads),
		rows:     make([][]byte, threads),
		products: products,
	}
	for i := range p.wake {
		p.wake[i] = make(chan struct{}, 1)
		p.state[i].Store(workerSpinning)
		go p.worker(i)
	}
	return p
}

// Products returns the kind of product p takes on quantized weights (Exact
// for a nil pool).
func (p *Pool) Products() Products {
	if p == nil {
		return Exact
	}
	return p.products
}

// Threads returns how many threads an operation may use (1 for a nil pool).
func (p *Pool) Threads() int {
	if p == nil {
		return 1
	}
	return p.threads
}

// Close stops the workers once the operation in progress (if any) ends.
// Operations started afterwards run on the calling goroutine alone. Close is
// idempotent.
func (p *Pool) Close() {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return
	}
	p.closed = true
	for i := range p.wake {
		close(p.wake[i])
	}
}

// worker i (thread i+1) runs operations until Close.
func (p *Pool) worker(i int) {
	st := &p.state[i]
	for {
		// Poll for a while, then park.
		got := spinning(func() bool { return st.Load() == workerWoken })
		if !got && !st.CompareAndSwap(workerSpinning, workerParked) {
			got = true // woken between the last poll and the swap
		}
		if !got {
			if _, ok := <-p.wake[i]; !ok {
				return
			}
		}
		p.work(i + 1)
		st.Store(workerSpinning)
		if p.pending.Add(-1) == 0 && p.caller.Swap(callerDone) == callerParked {
			p.done <- struct{}{}
		}
	}
}

// work runs chunks of the current operation until none is left: each
// claims what is left divided by twice the thread count (a multiple of
// align), at least the grain.
func (p *Pool) work(thread int) {
	n, g := int64(p.n), int64(p.grain)
	mask, div := ^int64(p.align-1), int64(2*p.threads)
	for {
		lo := p.next.Load()
		if lo >= n {
			return
		}
		hi := min(n, lo+max(g, (n-lo)/div&mask))
		if !p.next.CompareAndSwap(lo, hi) {
			continue
		}
		p.fn(&p.op, int(lo), int(hi), thread)
	}
}

// begin locks the pool for one operation and returns its cleared operands;
// run must follow. On a nil pool it returns fresh operands.
func (p *Pool) begin() *opArgs {
	if p == nil {
		return &opArgs{}
	}
	p.mu.Lock()
	p.op = opArgs{pool: p}
	return &p.op
}

// run calls fn on chunks [lo, hi) that together cover [0, n), cut as sched
// says, on as many threads as work (multiply-adds, or a comparable count)
// pays for, returns when all have finished and ends the operation begun by
// begin. align (a power of two) makes every chunk boundary but n a multiple
// of it, so that kernels that handle several items at once group them the
// same way whatever the split.
func (p *Pool) run(o *opArgs, fn func(o *opArgs, lo, hi, thread int), n, work, align int, sched schedule) {
	p.phase(o, fn, n, work, align, sched)
	if p != nil {
		p.end()
	}
}

// phase is run without ending the operation: an operation may run several
// phases (quantize the activations, then multiply), each finished by all
// threads before the next starts.
func (p *Pool) phase(o *opArgs, fn func(o *opArgs, lo, hi, thread int), n, work, align int, sched schedule) {
	if n <= 0 {
		return
	}
	if p == nil {
		fn(o, 0, n, 0)
		return
	}
	workers := min(p.threads-1, (n+align-1)/align-1)
	if p.closed || workers <= 0 || work < minParallelWork {
		fn(o, 0, n, 0)
		return
	}
	// Guided: chunks shrink from half of what is left per thread down to
	// an eighth of a share (the grain; see work). Shares: the grain is a
	// whole share, so that each claim takes one.
	parts := chunksPerThread * p.threads
	if sched == shares {
		parts = p.threads
	}
	g := (n + parts - 1) / parts
	g = (g + align - 1) &^ (align - 1)
	p.fn, p.n, p.grain, p.align = fn, n, g, align
	p.next.Store(0)
	p.pending.Store(int32(workers))
	p.caller.Store(callerPolling)
	for i := 0; i < workers; i++ {
		if !p.state[i].CompareAndSwap(workerSpinning, workerWoken) {
			p.state[i].Store(workerWoken)
			p.wake[i] <- struct{}{}
		}
	}
	p.work(0)
	// The workers usually finish within microseconds of the caller: poll
	// before parking on the channel (the last worker sends only to a
	// parked caller; callerDone, set after the worker's last access to
	// the phase, is what ends it).
	if !spinning(func() bool { return p.caller.Load() == callerDone }) && p.caller.CompareAndSwap(callerPolling, callerParked) {
		<-p.done
	}
	p.fn = nil
}

// end finishes an operation: it drops the operands (so the pool holds no
// references to the caller's buffers) and unlocks.
func (p *Pool) end() {
	p.op = opArgs{}
	p.mu.Unlock()
}

// rowBuf returns thread's buffer of n bytes for weight rows, reused across
// operations (fresh for a nil pool).
func (p *Pool) rowBuf(thread, n int) []byte {
	if p == nil {
		return make([]byte, n)
	}
	return grow(&p.rows[thread], n)
}

// floats returns thread's scratch buffer of n values, reused across
// operations (fresh for a nil pool). Its contents are undefined.
func (p *Pool) floats(thread, n int) []float32 {
	if p == nil {
		return make([]float32, n)
	}
	return grow(&p.scratch[thread], n)
}

// grow returns (*buf)[:n], replacing *buf by a larger slice first when its
// capacity is short; the contents are undefined.
func grow[T any](buf *[]T, n int) []T {
	if cap(*buf) < n {
		*buf = make([]T, n)
	}
	return (*buf)[:n]
}
