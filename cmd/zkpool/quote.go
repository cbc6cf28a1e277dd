package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/zkpool/aoraki/cmd/internal/cli"
)

const quoteExamples = `  zkpool quote --network network.json --model examples/iris/tree_model.msgpack --input examples/iris/iris_input_data.csv --dev-key 9
  zkpool quote --network network.json --model model.json --input samples.csv --deadline 10m --json`

type quoteOut struct {
	Peer     string `json:"peer"`
	Node     string `json:"node,omitempty"`
	Price    string `json:"price,omitempty"`
	Deadline string `json:"deadline,omitempty"`
	Error    string `json:"error,omitempty"`
}

// runQuote asks every node of the network for its price, paying nothing.
func runQuote(args []string, stdout, stderr io.Writer) error {
	fs := app.Flags("quote", "--network FILE --model FILE --input FILE [flags]", quoteExamples, stderr)
	var nf netFlags
	nf.register(fs)
	model := fs.String("model", "", "decision tree: the project's JSON or a smartcore MessagePack model")
	input := fs.String("input", "", "samples: CSV (header optional) or a smartcore MessagePack DenseMatrix")
	seg := fs.Int("segment-size", 64, "samples per segment (8 to 4096; sizes whose circuit fills a power-of-two domain prove fastest, see BENCHMARKS.md); with --network, 0 (the default there) lets the node choose from the provers online")
	asJSON := fs.Bool("json", false, "print one JSON object")
	if err := cli.Parse(fs, args, true); err != nil {
		return err
	}
	switch {
	case fs.NArg() > 0:
		return cli.BadUsage("unexpected argument %q", fs.Arg(0))
	case nf.network == "":
		return cli.BadUsage("--network FILE is required")
	case *model == "" || *input == "":
		return cli.BadUsage("--model and --input are required")
	}
	if !flagSet(fs, "segment-size") {
		*seg = 0 // on the network the node sizes segments to the provers online
	}
	in, _, err := taskInput(*model, *input, *seg)
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	c, done, err := requesterClient(ctx, nf, stderr)
	if err != nil {
		return err
	}
	defer done()
	offers, err := c.Quotes(ctx, in)
	if err != nil {
		return err
	}
	var out []quoteOut
	ok := 0
	for _, o := range offers {
		q := quoteOut{Peer: o.Peer.String()}
		if o.Err != nil {
			q.Error = o.Err.Error()
		} else {
			ok++
			q.Node, q.Price, q.Deadline = o.Node.Hex(), o.Price.String(), o.Deadline.UTC().Format(time.RFC3339)
		}
		out = append(out, q)
	}
	if *asJSON {
		if err := json.NewEncoder(stdout).Encode(map[string]any{"quotes": out}); err != nil {
			return err
		}
	} else {
		for _, q := range out {
			if q.Error != "" {
				fmt.Fprintf(stdout, "node %s: no quote: %s\n", q.Peer, q.Error)
				continue
			}
			fmt.Fprintf(stdout, "node %s (%s): %s wei, proven by %s\n", q.Node, q.Peer, q.Price, q.Deadline)
		}
	}
	if ok == 0 {
		return fmt.Errorf("no node quoted (%d asked)", len(out))
	}
	return nil
}
