<?php
/**
 * A classic theme's one template: the posts' content after wp_head, as classic themes render it.
 *
 * @package khojaly-test-classic
 */
?><!doctype html>
<html <?php language_attributes(); ?>>
<head>
<meta charset="<?php bloginfo( 'charset' ); ?>">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="<?php echo esc_url( get_stylesheet_uri() ); ?>">
<?php wp_head(); ?>
</head>
<body <?php body_class(); ?>>
<main>
<?php
while ( have_posts() ) {
	the_post();
	the_title( '<h1>', '</h1>' );
	the_content();
}
?>
<p class="after">Text after the post.</p>
</main>
<?php wp_footer(); ?>
</body>
</html>
