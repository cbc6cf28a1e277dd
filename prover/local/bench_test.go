package local_test

// Benchmarks behind BENCHMARKS.md (make bench). They report custom metrics
// with b.ReportMetric; none asserts a time.

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"github.com/zkpool/aoraki/prover/programs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/consensys/gnark/logger"
	"github.com/ipfs/go-cid"

	"github.com/zkpool/aoraki/prover/dtree"
	"github.com/zkpool/aoraki/prover/local"
	"github.com/zkpool/aoraki/prover/program"
	"github.com/zkpool/aoraki/prover/receipt"
	"github.com/zkpool/aoraki/prover/seal"
	"github.com/zkpool/aoraki/prover/setup"
	"github.com/zkpool/aoraki/prover/tree"
)

func init() { logger.Disable() }

// benchModel is a random depth-d tree on 4 features, seeded.
func benchModel(b *testing.B, depth int) *tree.Model {
	b.Helper()
	if depth == 0 {
		m, err := tree.LoadModel(irisDir + "tree_model.msgpack")
		if err != nil {
			b.Fatal(err)
		}
		return m
	}
	return tree.GenerateRandom(rand.New(rand.NewPCG(uint64(depth), 7)), depth, 4, 3)
}

func benchInputs(n, features int) [][]float64 {
	rng := rand.New(rand.NewPCG(1, 2))
	return tree.RandomInputs(rng, n, features)
}

// BenchmarkConstraintsPerSample compiles dtree families (no setup): the
// cost per sample at 256-sample segments for depths 6, 8, 12 and node
// tables of 32 to 4096 slots, with 4 features.
func BenchmarkConstraintsPerSample(b *testing.B) {
	for _, sh := range []dtree.Shape{
		{Depth: 6, Nodes: 32}, {Depth: 6, Nodes: 128},
		{Depth: 8, Nodes: 32}, {Depth: 8, Nodes: 128}, {Depth: 8, Nodes: 512},
		{Depth: 12, Nodes: 128}, {Depth: 12, Nodes: 1024}, {Depth: 12, Nodes: 2048}, {Depth: 12, Nodes: 4096},
		{Depth: 8, Nodes: 128, SegmentSize: 1024}, {Depth: 8, Nodes: 512, SegmentSize: 1024},
		{Depth: 12, Nodes: 2048, SegmentSize: 1024}, {Depth: 12, Nodes: 4096, SegmentSize: 1024},
		// The zkDT anchor's family (1,031 nodes, depth 11, 16 features).
		{Depth: 11, Nodes: 2048, Features: 16, SegmentSize: 1024},
		{Depth: 12, Nodes: 2048, Features: 16, SegmentSize: 1024},
		// A depth-16, 32-feature tree of up to 32,768 slots at 64 samples,
		// and the complete depth-16 tree.
		{Depth: 16, Nodes: 32768, Features: 32, SegmentSize: 64},
		{Depth: 16, Nodes: 131072, Features: 32, SegmentSize: 64},
	} {
		if sh.Features == 0 {
			sh.Features = 4
		}
		if sh.SegmentSize == 0 {
			sh.SegmentSize = 256
		}
		b.Run(sh.Name(), func(b *testing.B) {
			var n int
			for i := 0; i < b.N; i++ {
				ccs, err := setup.Compile(sh)
				if err != nil {
					b.Fatal(err)
				}
				n = ccs.GetNbConstraints()
			}
			b.ReportMetric(float64(n)/float64(sh.SegmentSize), "constraints/sample")
			b.ReportMetric(float64(n), "constraints")
		})
	}
}

type segBench struct {
	art  *setup.Artifacts
	sess *dtree.Session
}

func prepare(b *testing.B, depth, seg, samples int) segBench {
	b.Helper()
	m := benchModel(b, depth)
	p, err := dtree.Open(m, seg, programs.Bases{})
	if err != nil {
		b.Fatal(err)
	}
	sess, err := p.Execute(benchInputs(samples, m.NumFeatures))
	if err != nil {
		b.Fatal(err)
	}
	art, err := store(b).Ensure(p.Shape)
	if err != nil {
		b.Fatal(err)
	}
	return segBench{art: art, sess: sess}
}

// BenchmarkProveSegment: one full segment proven (gnark uses every core).
func BenchmarkProveSegment(b *testing.B) {
	for _, d := range []int{0, 8} {
		for _, seg := range []int{64, 256, 1024} {
			name := fmt.Sprintf("depth%d/s%d", d, seg)
			if d == 0 {
				name = fmt.Sprintf("iris/s%d", seg)
			}
			b.Run(name, func(b *testing.B) {
				sb := prepare(b, d, seg, seg)
				s := sb.sess.Segments[0]
				b.ResetTimer()
				for i := 0; i < b.N; i++ {
					if _, err := seal.Prove(sb.art.CCS, sb.art.PK, s.Claim, receipt.Digest{}, s.Witness); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(seg)*float64(b.N)/b.Elapsed().Seconds(), "samples/s")
				b.ReportMetric(float64(sb.art.Manifest.Constraints), "constraints")
			})
		}
	}
}

func BenchmarkVerifySegment(b *testing.B) {
	sb := prepare(b, 8, 256, 256)
	s := sb.sess.Segments[0]
	sl, err := seal.Prove(sb.art.CCS, sb.art.PK, s.Claim, receipt.Digest{}, s.Witness)
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := receipt.VerifySeal(sb.art.VK, s.Claim, receipt.Digest{}, sl); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "ms/verify")
}

func BenchmarkVerifyIrisComposite(b *testing.B) {
	r := provenIris(b)
	st := store(b)
	e := r.sess.Expect
	e.Task = irisTask
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := r.res.Receipt.Verify(st, e); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "ms/composite")
	b.ReportMetric(float64(len(r.res.Receipt.Segments)), "segments")
}

// BenchmarkLoadProvingKey: read the blob, check its CID, decode raw.
func BenchmarkLoadProvingKey(b *testing.B) {
	sb := prepare(b, 8, 256, 256)
	st := store(b)
	c, err := cidOf(sb.art.Manifest.PK)
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		blob, err := st.Get(c)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := setup.DecodeProvingKey(blob); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "ms/load")
	b.ReportMetric(float64(sb.art.PKSize)/1e6, "pk-MB")
}

// BenchmarkSetup runs a development setup in a fresh store.
func BenchmarkSetup(b *testing.B) {
	m := benchModel(b, 8)
	p, _ := dtree.Open(m, 256, programs.Bases{})
	for i := 0; i < b.N; i++ {
		st, err := setup.Open(b.TempDir(), &bytes.Buffer{})
		if err != nil {
			b.Fatal(err)
		}
		a, err := st.Ensure(p.Shape)
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(a.PKSize)/1e6, "pk-MB")
		b.ReportMetric(float64(a.VKSize), "vk-bytes")
		b.ReportMetric(float64(a.CCSSize)/1e6, "ccs-MB")
	}
	b.ReportMetric(b.Elapsed().Seconds()/float64(b.N), "s/setup")
}

// BenchmarkMonolithicVsSplit proves 1024 samples as one segment and as 4
// segments of 256 (one after the other), reporting process CPU time and
// peak heap of each.
func BenchmarkMonolithicVsSplit(b *testing.B) {
	for _, seg := range []int{1024, 256} {
		b.Run(fmt.Sprintf("s%d", seg), func(b *testing.B) {
			sb := prepare(b, 8, seg, 1024)
			runtime.GC()
			peak := watchHeap()
			cpu0 := cpuTime()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				lp := &local.Prover{Store: store(b), Workers: 1}
				if _, err := lp.Prove(context.Background(), &program.Session{Family: sb.sess.Family, Segments: sb.sess.Segments, Expect: sb.sess.Expect}); err != nil {
					b.Fatal(err)
				}
			}
			b.StopTimer()
			b.ReportMetric((cpuTime()-cpu0).Seconds()/float64(b.N), "cpu-s")
			b.ReportMetric(float64(peak())/1e6, "peak-heap-MB")
			b.ReportMetric(float64(len(sb.sess.Segments)), "segments")
		})
	}
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// watchHeap samples the heap every 5 ms until the returned func is called.
func watchHeap() func() uint64 {
	var mu sync.Mutex
	var max uint64
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		t := time.NewTicker(5 * time.Millisecond)
		defer t.Stop()
		var ms runtime.MemStats
		for {
			runtime.ReadMemStats(&ms)
			mu.Lock()
			max = maxU(max, ms.HeapAlloc)
			mu.Unlock()
			select {
			case <-stop:
				return
			case <-t.C:
			}
		}
	}()
	return func() uint64 {
		close(stop)
		<-done
		return max
	}
}

func maxU(a, b uint64) uint64 {
	if a > b {
		return a
	}
	return b
}

func cidOf(s string) (cid.Cid, error) { return cid.Decode(s) }

// zkdtAnchor is the comparison with zkDT (CCS 2020, 1,029 nodes,
// 5,000 samples in 250 s): a random depth-11 tree of 1,031 nodes on 16
// features (seed 364) and 5,000 random samples, in segments of 1024.
func zkdtAnchor(b testing.TB) (*dtree.Program, [][]float64) {
	b.Helper()
	m := tree.GenerateRandom(rand.New(rand.NewPCG(364, 11)), 11, 16, 4)
	if len(m.Nodes) != 1031 || m.Depth() != 11 {
		b.Fatalf("anchor tree: %d nodes, depth %d", len(m.Nodes), m.Depth())
	}
	p, err := dtree.Open(m, *anchorSegment, programs.Bases{})
	if err != nil {
		b.Fatal(err)
	}
	return p, tree.RandomInputs(rand.New(rand.NewPCG(364, 12)), 5000, 16)
}

// BenchmarkZkDTAnchor proves the zkDT anchor locally, as `zkpool prove
// --local --segment-size 1024` does, and reports the proving time (setup,
// cached after the first run, apart) and the CPU time it took.
func BenchmarkZkDTAnchor(b *testing.B) {
	p, in := zkdtAnchor(b)
	sess, err := p.Execute(in)
	if err != nil {
		b.Fatal(err)
	}
	st, err := setup.Open(setup.DefaultDir(), nil)
	if err != nil {
		b.Fatal(err)
	}
	var proving, setupT, cpu time.Duration
	for i := 0; i < b.N; i++ {
		c0 := cpuTime()
		res, err := (&local.Prover{Store: st}).Prove(context.Background(), &sess.Session)
		if err != nil {
			b.Fatal(err)
		}
		cpu += cpuTime() - c0
		proving += res.Proving
		setupT += res.Setup
	}
	n := time.Duration(b.N)
	b.ReportMetric((proving / n).Seconds(), "proving-s")
	b.ReportMetric((setupT / n).Seconds(), "setup-s")
	b.ReportMetric((cpu / n).Seconds(), "cpu-s")
	b.ReportMetric(float64(p.Shape.Nodes), "slots")
}

var anchorSegment = flag.Int("anchor-segment", 1024, "BenchmarkZkDTAnchor's segment size (715 is the largest whose circuit fits a 2^17 domain)")

var anchorDir = flag.String("anchor-dir", "", "TestZkDTAnchorFiles writes the zkDT anchor's model and samples here")

// TestZkDTAnchorFiles writes the zkDT anchor (zkdtAnchor) as files for
// `zkpool prove --local` (BENCHMARKS.md): anchor-model.json and
// anchor-input.csv in -anchor-dir. Without the flag it only checks the
// model's JSON reads back as the same tree.
func TestZkDTAnchorFiles(t *testing.T) {
	p, in := zkdtAnchor(t)
	mj, err := json.Marshal(p.Model)
	if err != nil {
		t.Fatal(err)
	}
	back, err := tree.ParseModel(mj, "anchor-model.json")
	if err != nil || len(back.Nodes) != len(p.Model.Nodes) {
		t.Fatalf("anchor model does not read back: %v", err)
	}
	if *anchorDir == "" {
		return
	}
	var sb strings.Builder
	for _, r := range in {
		for j, v := range r {
			if j > 0 {
				sb.WriteByte(',')
			}
			sb.WriteString(strconv.FormatFloat(v, 'g', -1, 64))
		}
		sb.WriteByte('\n')
	}
	if err := os.WriteFile(filepath.Join(*anchorDir, "anchor-model.json"), mj, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(*anchorDir, "anchor-input.csv"), []byte(sb.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}
