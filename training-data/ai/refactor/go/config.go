package config

// This file replaces the old init()-based configuration that read environment
// variables into package-level globals. Configuration is now loaded
// explicitly, validated once, and passed to the components that need it.

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"
)

type Config struct {
	HTTPAddr        string
	DatabaseURL     string
	LogLevel        string
	ShutdownTimeout time.Duration
	AllowedOrigins  []string
	MaxUploadBytes  int64
	EnableMetrics   bool
}

func defaults() Config {
	return Config{
		HTTPAddr:        ":8080",
		LogLevel:        "info",
		ShutdownTimeout: 15 * time.Second,
		MaxUploadBytes:  10 << 20,
		EnableMetrics:   true,
	}
}

// Load reads configuration from the environment using getenv (normally
// os.Getenv; tests pass a map lookup instead).
func Load(getenv func(string) string) (Config, error) {
	if getenv == nil {
		getenv = os.Getenv
	}
	cfg := defaults()
	var errs []error

	str := func(key string, dst *string) {
		if v := strings.TrimSpace(getenv(key)); v != "" {
			*dst = v
		}
	}
	dur := func(key string, dst *time.Duration) {
		if v := getenv(key); v != "" {
			d, err := time.ParseDuration(v)
			if err != nil {
				errs = append(errs, fmt.Errorf("%s: %w", key, err))
				return
			}
			*dst = d
		}
	}
	boolean := func(key string, dst *bool) {
		if v := getenv(key); v != "" {
			b, err := strconv.ParseBool(v)
			if err != nil {
				errs = append(errs, fmt.Errorf("%s: %q is not a boolean", key, v))
				return
			}
			*dst = b
		}
	}

	str("HTTP_ADDR", &cfg.HTTPAddr)
	str("DATABASE_URL", &cfg.DatabaseURL)
	str("LOG_LEVEL", &cfg.LogLevel)
	dur("SHUTDOWN_TIMEOUT", &cfg.ShutdownTimeout)
	boolean("ENABLE_METRICS", &cfg.EnableMetrics)

	if v := getenv("MAX_UPLOAD_BYTES"); v != "" {
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil || n <= 0 {
			errs = append(errs, fmt.Errorf("MAX_UPLOAD_BYTES: must be a positive integer"))
		} else {
			cfg.MaxUploadBytes = n
		}
	}
	if v := getenv("ALLOWED_ORIGINS"); v != "" {
		for _, o := range strings.Split(v, ",") {
			if o = strings.TrimSpace(o); o != "" {
				cfg.AllowedOrigins = append(cfg.AllowedOrigins, o)
			}
		}
	}

	errs = append(errs, cfg.validate()...)
	if len(errs) > 0 {
		return Config{}, errors.Join(errs...)
	}
	return cfg, nil
}

func (c Config) validate() []error {
	var errs []error
	if c.DatabaseURL == "" {
		errs = append(errs, errors.New("DATABASE_URL is required"))
	}
	switch c.LogLevel {
	case "debug", "info", "warn", "error":
	default:
		errs = append(errs, fmt.Errorf("LOG_LEVEL: unknown level %q", c.LogLevel))
	}
	if c.ShutdownTimeout < time.Second {
		errs = append(errs, errors.New("SHUTDOWN_TIMEOUT must be at least 1s"))
	}
	return errs
}
