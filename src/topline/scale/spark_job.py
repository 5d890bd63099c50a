"""Entry file for ``spark-submit`` (which needs a script path): runs the topline CLI.

    spark-submit --archives topline-env.tar.gz#env \\
        "$(python -c 'import topline.scale.spark_job as m; print(m.__file__)')" \\
        spark-brief s3://bucket/articles.jsonl s3://bucket/briefs.parquet
"""

from __future__ import annotations

if __name__ == "__main__":
    from topline.cli import main

    main()
