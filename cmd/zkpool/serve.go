package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"os"
	"os/signal"
	"syscall"

	"github.com/zkpool/aoraki/chain/requester/web"

	"github.com/zkpool/aoraki/cmd/internal/cli"
)

const serveExamples = `  zkpool serve --network tn/net/network.json --dev-key 9 --datadir tn/web      (a local testnet; then open http://127.0.0.1:8780/)
  zkpool serve --network network.json --datadir ~/.local/share/zkpool        (pays from the keystore there)
  zkpool serve --network network.json --listen 127.0.0.1:9000 --max-price 1000000000000000`

// runServe runs the requester as an HTTP service: the web page and the
// JSON API of package chain/requester/web, paying from the keystore (or a
// development key) until interrupted.
func runServe(args []string, stdout, stderr io.Writer) error {
	fs := app.Flags("serve", "--network FILE [--listen ADDR] [--datadir DIR] [--dev-key N] [flags]", serveExamples, stderr)
	var nf netFlags
	nf.register(fs)
	def := web.DefaultConfig("")
	listen := fs.String("listen", def.Addr, "address of the web page and the JSON API")
	var hosts cli.Multi
	fs.Var(&hosts, "allow-host", "a name browsers reach the service by, besides localhost (repeatable; a reverse proxy's name)")
	maxTasks := fs.Int("max-tasks", def.MaxTasks, "tasks run at once")
	maxUpload := fs.Int64("max-upload", def.MaxUpload, "largest request body in bytes (model and samples together)")
	logLevel := fs.String("log-level", "info", "debug, info, warn or error")
	if err := cli.Parse(fs, args, false); err != nil {
		return err
	}
	if nf.network == "" {
		return cli.BadUsage("--network FILE is required (the network.json of the network to pay)")
	}
	cfg := web.DefaultConfig(nf.dataDir)
	cfg.Addr, cfg.AllowedHosts, cfg.MaxTasks, cfg.MaxUpload, cfg.Deadline = *listen, hosts, *maxTasks, *maxUpload, nf.deadline
	if cfg.Deadline < cfg.MinDeadline {
		cfg.MinDeadline = cfg.Deadline
	}
	if err := cfg.Validate(); err != nil {
		return cli.BadInput(err)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	rq, err := openRequester(ctx, nf, stderr)
	if err != nil {
		return err
	}
	defer rq.close()
	cfg.Payer, cfg.DevKey, cfg.Network = rq.payer.Hex(), nf.devKey, rq.network.Name()
	svc, err := web.New(rq.client, cfg, cli.Logger(stderr, *logLevel))
	if err != nil {
		return err
	}
	if err := svc.Start(ctx); err != nil {
		svc.Close()
		return err
	}
	defer svc.Close()
	host, port, _ := net.SplitHostPort(svc.Addr())
	if ip := net.ParseIP(host); ip == nil || !ip.IsLoopback() {
		fmt.Fprintf(stderr, "warning: listening on %s: anyone who reaches it can spend from %s\n", svc.Addr(), rq.payer.Hex())
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsUnspecified() {
		host = "127.0.0.1"
	}
	base := "http://" + net.JoinHostPort(host, port)
	fmt.Fprintf(stdout, "requester page: %s/\n", base)
	fmt.Fprintf(stdout, "JSON API: %s/v1/ (documented at %s/v1/openapi.yaml)\n", base, base)
	if nf.devKey >= 0 {
		fmt.Fprintf(stdout, "paying from %s, public development key %d: testnets only\n", rq.payer.Hex(), nf.devKey)
	} else {
		fmt.Fprintf(stdout, "paying from %s\n", rq.payer.Hex())
	}
	<-ctx.Done()
	fmt.Fprintln(stdout, "stopping: tasks still running are recorded as interrupted")
	return nil
}
